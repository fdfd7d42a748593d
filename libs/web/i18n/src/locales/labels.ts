import type { Label } from '@bs/domain';

/** The names of a domain enum's values in one language (the domain keeps both languages). */
export function labelsIn<K extends string>(labels: Record<K, Label>, language: keyof Label) {
  return Object.fromEntries(
    Object.entries<Label>(labels).map(([key, label]) => [key, label[language]]),
  ) as Record<K, string>;
}
