import { describe, expect, it } from 'vitest';
import { keepsAnOwner, roleAtLeast } from './roles';

describe('membership roles', () => {
  it('orders owner above editor above viewer', () => {
    expect(roleAtLeast('OWNER', 'EDITOR')).toBe(true);
    expect(roleAtLeast('EDITOR', 'EDITOR')).toBe(true);
    expect(roleAtLeast('VIEWER', 'EDITOR')).toBe(false);
    expect(roleAtLeast(null, 'VIEWER')).toBe(false);
  });

  it('refuses to remove or demote the last owner', () => {
    expect(keepsAnOwner(['a'], 'a')).toBe(false);
    expect(keepsAnOwner(['a', 'b'], 'a')).toBe(true);
    expect(keepsAnOwner(['a'], 'c')).toBe(true);
  });
});
