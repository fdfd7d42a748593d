/** A date (ISO string from the API) as the active language writes it, e.g. "3. März 2026". */
export function formatDate(value: unknown, language: string): string {
  if (typeof value !== 'string' && !(value instanceof Date)) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(date);
}
