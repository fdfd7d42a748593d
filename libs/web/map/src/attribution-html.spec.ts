import { describe, expect, it } from 'vitest';
import { attributionHtml } from './attribution-html';

describe('attributionHtml', () => {
  it('links the source and escapes the text', () => {
    expect(attributionHtml('© GeoBasis-DE / BKG <2021>', 'https://www.bkg.bund.de')).toBe(
      '<a href="https://www.bkg.bund.de" target="_blank" rel="noopener noreferrer">© GeoBasis-DE / BKG &lt;2021&gt;</a>',
    );
  });

  it('never turns a non-http URL into a link', () => {
    expect(attributionHtml('Quelle', 'javascript:alert(1)')).toBe('Quelle');
    expect(attributionHtml('"Quelle" & Co')).toBe('&quot;Quelle&quot; &amp; Co');
  });
});
