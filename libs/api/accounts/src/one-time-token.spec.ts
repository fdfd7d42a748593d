import { describe, expect, it } from 'vitest';
import { hashToken, looksLikeToken, newSecretToken, tokenState } from './one-time-token';

describe('one-time tokens', () => {
  const now = new Date('2026-05-01T12:00:00Z');
  const inOneHour = new Date('2026-05-01T13:00:00Z');

  it('are random 32-byte base64url secrets stored as their SHA-256', () => {
    const token = newSecretToken();
    expect(looksLikeToken(token)).toBe(true);
    expect(newSecretToken()).not.toBe(token);
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(looksLikeToken('short')).toBe(false);
    expect(looksLikeToken(`${token.slice(0, 42)}!`)).toBe(false);
  });

  it('are valid before their expiry and expired from it on', () => {
    expect(tokenState({ expiresAt: inOneHour, usedAt: null }, now)).toBe('valid');
    expect(tokenState({ expiresAt: inOneHour, usedAt: null }, inOneHour)).toBe('expired');
    expect(tokenState({ expiresAt: now, usedAt: null }, inOneHour)).toBe('expired');
  });

  it('are invalid once used, even before expiry, and when unknown', () => {
    expect(tokenState({ expiresAt: inOneHour, usedAt: now }, now)).toBe('invalid');
    // Used and expired: "invalid" wins; a used link never looks merely expired.
    expect(tokenState({ expiresAt: now, usedAt: now }, inOneHour)).toBe('invalid');
    expect(tokenState(null, now)).toBe('invalid');
  });
});
