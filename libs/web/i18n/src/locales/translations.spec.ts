import { describe, expect, it } from 'vitest';
import { de } from './de';
import { en } from './en';

function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree)
    .flatMap(([key, value]) =>
      typeof value === 'object' && value !== null
        ? keysOf(value as object, `${prefix}${key}.`)
        : [`${prefix}${key}`],
    )
    .sort();
}

function textAt(tree: object, key: string): string {
  const value = key
    .split('.')
    .reduce<unknown>((node, segment) => (node as Record<string, unknown>)[segment], tree);
  return String(value);
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  it('German and English have exactly the same keys', () => {
    expect(keysOf(en)).toEqual(keysOf(de));
  });

  it('no text is empty', () => {
    for (const [language, tree] of Object.entries({ de, en })) {
      const empty = keysOf(tree).filter((key) => textAt(tree, key).trim() === '');
      expect(empty, language).toEqual([]);
    }
  });

  it('each key uses the same placeholders in both languages', () => {
    for (const key of keysOf(de)) {
      expect(placeholders(textAt(en, key)), key).toEqual(placeholders(textAt(de, key)));
    }
  });

  it('has a text for every error key the API sends', () => {
    // messageKey values of libs/api (ApiError subclasses and class-validator messages)
    const apiKeys = [
      'errors.invalidInput',
      'errors.internal',
      'bounds.inverted',
      'bounds.latitude',
      'bounds.longitude',
      'organisations.limit',
      'organisations.invalidId',
      'organisations.notFound',
    ];
    expect(apiKeys.filter((key) => !keysOf(de).includes(key))).toEqual([]);
  });
});
