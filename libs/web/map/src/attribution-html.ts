const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

/**
 * Leaflet's attribution control takes HTML. Texts from the API are escaped; a link is only
 * made for http(s) URLs.
 */
export function attributionHtml(text: string, url?: string | null): string {
  const escaped = escapeHtml(text);
  if (!url || !/^https?:\/\//i.test(url)) return escaped;
  return `<a href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${escaped}</a>`;
}
