import type { AssessmentAnswers } from '@bs/domain';

/** How answers are stored (jsonb): exactly the domain's shape. */
export type StoredAnswers = AssessmentAnswers;
