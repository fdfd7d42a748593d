import { describe, expect, it } from 'vitest';
import { arrayLiteral, copyText, pointHex } from './copy-rows';

describe('COPY text format', () => {
  it('escapes backslashes, tabs and line breaks and writes NULL as \\N', () => {
    expect(copyText('Müller & Söhne')).toBe('Müller & Söhne');
    expect(copyText('a\tb\nc\rd\\e')).toBe('a\\tb\\nc\\rd\\\\e');
    expect(copyText(null)).toBe('\\N');
  });

  it('quotes array elements', () => {
    expect(arrayLiteral(['zo-2-volunteers-seek', 'checkpoint-3'])).toBe(
      '{"zo-2-volunteers-seek","checkpoint-3"}',
    );
    expect(arrayLiteral(['say "hi"', 'back\\slash'])).toBe('{"say \\"hi\\"","back\\\\slash"}');
    expect(arrayLiteral([3, 12])).toBe('{3,12}');
    expect(arrayLiteral([])).toBe('{}');
  });

  it('writes a point as little-endian EWKB with SRID 4326', () => {
    const hex = pointHex(8.466, 49.4875);
    expect(hex.slice(0, 18)).toBe('0101000020e6100000');
    const buffer = Buffer.from(hex, 'hex');
    expect(buffer.readDoubleLE(9)).toBe(8.466);
    expect(buffer.readDoubleLE(17)).toBe(49.4875);
  });
});
