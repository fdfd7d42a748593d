import { describe, expect, it } from 'vitest';
import { deepFreeze } from './deep-freeze';

describe('deepFreeze', () => {
  it('freezes children of an object that was already frozen shallowly', () => {
    const child = { value: 1 };
    const parent = Object.freeze({ child });
    deepFreeze(parent);
    expect(Object.isFrozen(child)).toBe(true);
  });

  it('handles cycles and arrays, and returns the same value', () => {
    const node: { self?: unknown; list: { n: number }[] } = { list: [{ n: 1 }] };
    node.self = node;
    expect(deepFreeze(node)).toBe(node);
    expect(Object.isFrozen(node.list)).toBe(true);
    expect(Object.isFrozen(node.list[0])).toBe(true);
  });

  it('leaves primitives alone', () => {
    expect(deepFreeze(3)).toBe(3);
    expect(deepFreeze(null)).toBeNull();
  });
});
