/**
 * Builds a code lookup over a taxonomy table. Throws on duplicate codes, so a table with a
 * repeated code fails when the module loads rather than answering with the wrong entry.
 */
export function codeIndex<T extends { readonly code: string }>(
  table: string,
  entries: readonly T[],
): { has(code: unknown): boolean; get(code: string): T } {
  const byCode = new Map<string, T>();
  for (const entry of entries) {
    if (byCode.has(entry.code)) throw new Error(`Duplicate ${table} code: ${entry.code}`);
    byCode.set(entry.code, entry);
  }
  return {
    has: (code: unknown) => typeof code === 'string' && byCode.has(code),
    get: (code: string) => {
      const entry = byCode.get(code);
      if (entry === undefined) throw new Error(`Unknown ${table} code: ${code}`);
      return entry;
    },
  };
}
