import type { ExitCriterionCode } from '../../taxonomy/exit-criteria';
import type { QualityAttributeCode, QualityCriterionCode } from '../../taxonomy/quality';
import type { ThemeCode } from '../../taxonomy/themes';
import type { TopicCode } from '../../taxonomy/topics';
import type { Example, ExampleCode } from '../check-types';

/** Shorthands that keep the catalogue files readable as data. */
export const seeks = (topic: TopicCode): ExampleCode => ({
  type: 'topic',
  topic,
  direction: 'SEEKS',
});
export const offers = (topic: TopicCode): ExampleCode => ({
  type: 'topic',
  topic,
  direction: 'OFFERS',
});
export const theme = (code: ThemeCode): ExampleCode => ({ type: 'theme', theme: code });
export const criteria = (...codes: QualityCriterionCode[]): ExampleCode[] =>
  codes.map((criterion) => ({ type: 'qualityCriterion', criterion }));
export const exits = (...codes: ExitCriterionCode[]): ExampleCode[] =>
  codes.map((criterion) => ({ type: 'exitCriterion', criterion }));
export const attribute = (code: QualityAttributeCode): ExampleCode => ({
  type: 'attribute',
  attribute: code,
});

/** An example: code, German text, English text, and the codes it carries. */
export function ex(
  code: string,
  de: string,
  en: string,
  ...codes: (ExampleCode | ExampleCode[])[]
): Example {
  return { code, text: { de, en }, codes: codes.flat() };
}
