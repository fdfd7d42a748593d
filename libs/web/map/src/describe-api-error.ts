import type { ErrorLike } from '@apollo/client';
import { apiProblem } from '@bs/web/data-access';
import { isTranslationKey, type TranslationKey } from '@bs/web/i18n';

/**
 * The translation key explaining an API error: the most specific key the API sent that we have
 * a text for (an input field's problem before the general message).
 */
export function describeApiError(error: ErrorLike): TranslationKey {
  const problem = apiProblem(error);
  if (problem.kind === 'network') return 'errors.network';
  const candidates = [...problem.fieldMessageKeys, problem.messageKey ?? ''];
  return candidates.find(isTranslationKey) ?? 'errors.unknown';
}
