import { csvCell, toCsv } from './csv.js';
import { parseCsv } from './csv-reader.js';

describe('csvCell', () => {
  it('leaves plain text and numbers as they are, and writes null as an empty field', () => {
    expect(csvCell('Amal')).toBe('Amal');
    expect(csvCell(3)).toBe('3');
    expect(csvCell(null)).toBe('');
    expect(csvCell('')).toBe('');
  });

  it('quotes a field with a comma, a quote or a line break, doubling its quotes', () => {
    expect(csvCell('Doe, Jane')).toBe('"Doe, Jane"');
    expect(csvCell('Jane "JJ" Doe')).toBe('"Jane ""JJ"" Doe"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
  });

  it('makes text that a spreadsheet would run as a formula plain text', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+31 6 1234')).toBe("'+31 6 1234");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('does not touch negative numbers given as numbers', () => {
    expect(csvCell(-2)).toBe('-2');
  });
});

describe('toCsv', () => {
  it('ends every record with CRLF and reads back as written', () => {
    const text = toCsv(['id', 'name'], [['1', 'Doe, "Jane"'], ['2', null], ['3', 'multi\r\nline']]);
    expect(text.startsWith('id,name\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([['id', 'name'], ['1', 'Doe, "Jane"'], ['2', ''], ['3', 'multi\r\nline']]);
  });

  it('writes only the header for no rows', () => {
    expect(toCsv(['a', 'b'], [])).toBe('a,b\r\n');
  });
});
