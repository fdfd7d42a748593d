import { de } from './locales/de';
import type { TranslationKey } from './locales/translations';

function hasPath(tree: unknown, path: string[]): boolean {
  let node = tree;
  for (const segment of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, segment)) return false;
    node = (node as Record<string, unknown>)[segment];
  }
  return typeof node === 'string';
}

/**
 * Whether a string from elsewhere (e.g. an API error's `messageKey`) names a text we have.
 * Lets such keys go through the typed `t()` without a cast.
 */
export function isTranslationKey(key: string): key is TranslationKey {
  return hasPath(de, key.split('.'));
}
