/**
 * Parses RFC 4180 CSV (comma-separated, double-quoted fields with "" escapes, LF or CRLF line
 * ends) into rows of fields. A trailing line break does not produce an empty row.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  const end = text.length;
  let row: string[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < end) {
    if (text[i] === '"') {
      let field = '';
      let start = i + 1;
      for (;;) {
        const quote = text.indexOf('"', start);
        if (quote < 0) throw new Error('CSV ends inside a quoted field');
        field += text.slice(start, quote);
        if (text[quote + 1] !== '"') {
          i = quote + 1;
          break;
        }
        field += '"';
        start = quote + 2;
      }
      row.push(field);
    } else {
      let stop = i;
      while (stop < end && text[stop] !== ',' && text[stop] !== '\n' && text[stop] !== '\r') {
        stop++;
      }
      row.push(text.slice(i, stop));
      i = stop;
    }
    if (text[i] === ',') {
      i++;
      if (i === end) row.push('');
      else continue;
    } else if (i < end && text[i] !== '\r' && text[i] !== '\n') {
      throw new Error(`CSV has text after a closing quote at offset ${i}`);
    }
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    rows.push(row);
    row = [];
  }
  if (row.length > 0) rows.push(row);
  return rows;
}
