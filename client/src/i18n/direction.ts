/** Languages and scripts written right to left, so a language added later mirrors without a table to update. */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku-arab', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);
const RTL_SCRIPTS = new Set(['arab', 'adlm', 'hebr', 'nkoo', 'rohg', 'syrc', 'thaa']);
const LTR_SCRIPTS = new Set(['latn', 'cyrl']);

/** The writing direction of a BCP 47 tag: an explicit script decides, else the language. */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  const [language = '', ...subtags] = tag.toLowerCase().split(/[-_]/);
  const script = subtags.find((subtag) => subtag.length === 4 && /^[a-z]+$/.test(subtag));
  if (script !== undefined && RTL_SCRIPTS.has(script)) return 'rtl';
  if (script !== undefined && LTR_SCRIPTS.has(script)) return 'ltr';
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}
