/** The saved file's name: `programme-<name>-members.csv`, the name in lower case with anything but letters and digits as single dashes. */
export function membersCsvFilename(programmeName: string): string {
  const slug = programmeName
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `programme-${slug === '' ? 'unnamed' : slug}-members.csv`;
}

/** Hands CSV text to the browser as a download. */
export function saveCsv(csv: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
