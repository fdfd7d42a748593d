import type { de } from './de';

/** The shape of a translation: the German keys, any string as value. */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export type Translations = Widen<typeof de>;

/** Dotted paths to every text, e.g. `map.kind.ZO` (plural forms keep their `_one`/`_other`). */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type TranslationKey = Leaves<Translations>;
