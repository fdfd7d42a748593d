import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv';

describe('parseCsv', () => {
  it('reads quoted fields with commas, escaped quotes and CRLF line ends', () => {
    expect(parseCsv('\ufeffa,b,c\r\n1,"Oderaue Wustrow, Wustrow","say ""hi"""\r\n2,,\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', 'Oderaue Wustrow, Wustrow', 'say "hi"'],
      ['2', '', ''],
    ]);
  });

  it('keeps a last line without line break and a trailing empty field; rejects broken quotes', () => {
    expect(parseCsv('x,y\n1,2')).toEqual([
      ['x', 'y'],
      ['1', '2'],
    ]);
    expect(() => parseCsv('x\n"open')).toThrow(/quoted field/);
    expect(() => parseCsv('"a"b,c')).toThrow(/after a closing quote/);
    expect(parseCsv('a,')).toEqual([['a', '']]);
  });
});
