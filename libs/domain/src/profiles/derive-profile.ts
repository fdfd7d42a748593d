import type { AssessmentAnswers } from '../checks/assessment';
import type { CheckVersion } from '../checks/check-types';
import { exampleByCode } from '../checks/registry';
import type { DerivedItem, DerivedProfile, ProfileItem } from './profile-types';
import { profileItemKey } from './profile-types';
import { readinessOf } from './readiness';

/** Where criteria picked in checkpoint 3's answer fields come from (not from an example). */
export const CHECKPOINT_3_ANSWER = 'checkpoint-3';

/**
 * Turns a completed assessment into profile contributions:
 * - a ticked example carrying a topic (with its direction), a theme or a quality attribute
 *   contributes that item;
 * - quality criteria required of partners and exit criteria come from checkpoint 3's answer
 *   fields (their examples are only the menu, ticking one contributes nothing by itself);
 * - the ratings become the readiness summary.
 * Each item lists the examples it came from, in the order they were ticked; items are in
 * first-seen order. Examples unknown to the version are ignored (validation rejects them
 * before an assessment can be completed).
 */
export function deriveProfile(version: CheckVersion, answers: AssessmentAnswers): DerivedProfile {
  const items = new Map<string, { item: ProfileItem; examples: string[] }>();
  const add = (item: ProfileItem, source: string) => {
    const key = profileItemKey(item);
    const found = items.get(key);
    if (!found) items.set(key, { item, examples: [source] });
    else if (!found.examples.includes(source)) found.examples.push(source);
  };

  const byNumber = [...answers.checkpoints].sort((a, b) => a.number - b.number);
  for (const answer of byNumber) {
    for (const code of answer.tickedExamples) {
      const example = exampleByCode(version, code);
      if (!example) continue;
      for (const meaning of example.codes) {
        if (meaning.type === 'topic') {
          add({ category: 'TOPIC', code: meaning.topic, direction: meaning.direction }, code);
        } else if (meaning.type === 'theme') {
          add({ category: 'THEME', code: meaning.theme, direction: null }, code);
        } else if (meaning.type === 'attribute') {
          add({ category: 'ATTRIBUTE', code: meaning.attribute, direction: null }, code);
        }
      }
    }
    for (const code of answer.requiredCriteria ?? []) {
      add({ category: 'REQUIRED_CRITERION', code, direction: null }, CHECKPOINT_3_ANSWER);
    }
    for (const code of answer.exitCriteria ?? []) {
      add({ category: 'EXIT_CRITERION', code, direction: null }, CHECKPOINT_3_ANSWER);
    }
  }

  const ratings = version.checkpoints.map(
    (checkpoint) => answers.checkpoints.find((a) => a.number === checkpoint.number)?.rating ?? null,
  );
  const derived: DerivedItem[] = [...items.values()].map(({ item, examples }) => ({
    ...item,
    examples,
  }));
  return { items: derived, readiness: readinessOf(ratings) };
}
