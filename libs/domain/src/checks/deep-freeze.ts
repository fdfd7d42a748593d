/**
 * Freezes a value and everything reachable from it (own properties, including symbols), so a
 * published catalogue cannot be changed at runtime. Assigning to a frozen property throws in
 * strict-mode code (every ES module). Cycles and shared children are handled; already frozen
 * children are still descended into, because `Object.freeze` alone is shallow.
 */
export function deepFreeze<T>(value: T): T {
  const seen = new WeakSet<object>();
  const visit = (node: unknown): void => {
    if (node === null || (typeof node !== 'object' && typeof node !== 'function')) return;
    if (seen.has(node)) return;
    seen.add(node);
    Object.freeze(node);
    for (const key of Reflect.ownKeys(node)) {
      visit((node as Record<PropertyKey, unknown>)[key]);
    }
  };
  visit(value);
  return value;
}
