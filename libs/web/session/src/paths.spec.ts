import { describe, expect, it } from 'vitest';
import { paths, safeNext } from './paths';

describe('paths', () => {
  it('builds the addresses of the pages, keeping where to go next', () => {
    expect(paths.logIn('/invitation?token=a+b')).toBe(
      '/account/log-in?next=%2Finvitation%3Ftoken%3Da%2Bb',
    );
    expect(paths.logIn()).toBe('/account/log-in');
    expect(paths.members('o 1')).toBe('/organisationen/o%201/mitglieder');
    expect(paths.invitation('t/1')).toBe('/invitation?token=t%2F1');
    expect(paths.profile('o 1')).toBe('/organisationen/o%201/profil');
    expect(paths.editProfile('o1')).toBe('/organisationen/o1/profil/bearbeiten');
  });

  it('accepts only paths of this site as the next page', () => {
    expect(safeNext('/organisationen/neu')).toBe('/organisationen/neu');
    for (const foreign of ['https://evil.example', '//evil.example', '/\\evil.example', '', null]) {
      expect(safeNext(foreign)).toBeNull();
    }
  });
});
