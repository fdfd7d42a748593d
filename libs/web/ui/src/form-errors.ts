import { isTranslationKey, useTranslation, type TranslationKey } from '@bs/web/i18n';
import { useCallback, useMemo, useState } from 'react';
import type { z } from 'zod';
import type { ErrorSummaryItem } from './error-summary';

/** A typed API error as a form sees it (see `formProblem` in `@bs/web/data-access`). */
export interface FormProblemLike {
  messageKey: TranslationKey;
  fields: readonly { field: string; messageKey: TranslationKey }[];
}

/**
 * The problems a form shows, as translation keys (so they follow a change of language):
 * one per field of the form, and general ones that belong to no field.
 */
export interface FormErrors<F extends string> {
  fields: Partial<Record<F, TranslationKey>>;
  general: TranslationKey[];
  /** Counts submit attempts that failed; the error summary takes the focus on each. */
  attempt: number;
}

/** The first problem of each field of a failed zod validation, by the field's top-level name. */
export function zodFieldErrors(error: z.ZodError): Record<string, TranslationKey> {
  const fields: Record<string, TranslationKey> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    if (field in fields) continue;
    fields[field] = isTranslationKey(issue.message) ? issue.message : 'errors.invalidInput';
  }
  return fields;
}

/**
 * State of a form's problems: from client-side validation or from an API error, whose field
 * paths `fieldOf` maps to the form's fields (problems of other paths become general ones).
 */
export function useFormErrors<F extends string>(fieldOf: (apiField: string) => F | undefined) {
  const [errors, setErrors] = useState<FormErrors<F>>({ fields: {}, general: [], attempt: 0 });

  const showFieldErrors = useCallback(
    (fields: Partial<Record<F, TranslationKey>>, general: TranslationKey[] = []) =>
      setErrors((previous) => ({ fields, general, attempt: previous.attempt + 1 })),
    [],
  );

  const showProblem = useCallback(
    (problem: FormProblemLike) => {
      const fields: Partial<Record<F, TranslationKey>> = {};
      const general: TranslationKey[] = [];
      for (const { field, messageKey } of problem.fields) {
        const name = fieldOf(field);
        if (name && !fields[name]) fields[name] = messageKey;
        else if (!name && !general.includes(messageKey)) general.push(messageKey);
      }
      const onlyFields =
        problem.messageKey === 'errors.invalidInput' ||
        problem.fields.some((f) => f.messageKey === problem.messageKey);
      if (general.length === 0 && (!onlyFields || Object.keys(fields).length === 0)) {
        general.unshift(problem.messageKey);
      }
      setErrors((previous) => ({ fields, general, attempt: previous.attempt + 1 }));
    },
    [fieldOf],
  );

  /** Forgets the problem of one field (e.g. when the user changes it). */
  const clearField = useCallback(
    (field: F) =>
      setErrors((previous) => {
        if (!previous.fields[field]) return previous;
        const { [field]: _cleared, ...fields } = previous.fields;
        return { ...previous, fields: fields as Partial<Record<F, TranslationKey>> };
      }),
    [],
  );

  const clear = useCallback(
    () => setErrors((previous) => ({ fields: {}, general: [], attempt: previous.attempt })),
    [],
  );

  return { errors, showFieldErrors, showProblem, clearField, clear };
}

/**
 * The items of an ErrorSummary: general problems first, then each field's problem in the
 * order of `fieldIds`, linking to the field.
 */
export function useErrorSummaryItems<F extends string>(
  errors: FormErrors<F>,
  fieldIds: Record<F, string>,
): ErrorSummaryItem[] {
  const { t } = useTranslation();
  return useMemo(
    () => [
      ...errors.general.map((key) => ({ text: t(key) })),
      ...(Object.keys(fieldIds) as F[]).flatMap((field) => {
        const key = errors.fields[field];
        return key ? [{ text: t(key), fieldId: fieldIds[field] }] : [];
      }),
    ],
    [errors, fieldIds, t],
  );
}
