import type { ErrorLike } from '@apollo/client';
import { isTranslationKey, type TranslationKey } from '@bs/web/i18n';
import { apiProblem } from './api-error';

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

/** A typed API error as the texts of a form: the general message and one per input field. */
export interface FormProblem {
  /** What to say about the form as a whole, e.g. `errors.invalidInput` or `accounts.emailTaken`. */
  messageKey: TranslationKey;
  /** Problems of single input fields, by the API's field path (e.g. `contactPerson.email`). */
  fields: { field: string; messageKey: TranslationKey }[];
  /** The error's code, e.g. `CONFLICT`; undefined for network problems. */
  code: string | undefined;
  /** Everything else the error carries (e.g. `organisations` of `privacy.soleOwner`). */
  extensions: Record<string, unknown>;
}

/** Reads an API error for a form; keys without a text fall back to general ones. */
export function formProblem(error: ErrorLike): FormProblem {
  const problem = apiProblem(error);
  if (problem.kind === 'network') {
    return { messageKey: 'errors.network', fields: [], code: undefined, extensions: {} };
  }
  const messageKey = problem.messageKey ?? '';
  return {
    messageKey: isTranslationKey(messageKey) ? messageKey : 'errors.unknown',
    fields: problem.fields.map(({ field, messageKey: key }) => ({
      field,
      messageKey: isTranslationKey(key) ? key : 'errors.invalidInput',
    })),
    code: problem.code,
    extensions: problem.extensions,
  };
}
