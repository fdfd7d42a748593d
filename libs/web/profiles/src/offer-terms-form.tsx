import { useMutation } from '@apollo/client/react';
import { formProblem, isApiError } from '@bs/web/data-access';
import { useTranslation, type TranslationKey } from '@bs/web/i18n';
import { TextField } from '@bs/web/ui';
import { useState, type FormEvent } from 'react';
import { SetOfferTermsMutation } from './graphql/profile.graphql';
import {
  OFFER_TERMS_LIMITS,
  parseWhole,
  TERMS_FIELDS,
  termsProblems,
  type Entry,
  type Profile,
  type TermsField,
  type TermsInput,
} from './profile-support';

const LABELS = {
  capacityPerYear: ['profiles.terms.capacityPerYear', 'profiles.terms.capacityHint'],
  leadTimeDays: ['profiles.terms.leadTimeDays', 'profiles.terms.leadTimeHint'],
  groupSize: ['profiles.terms.groupSize', 'profiles.terms.groupSizeHint'],
} as const satisfies Record<TermsField, readonly [TranslationKey, TranslationKey]>;

const isTermsField = (field: string): field is TermsField =>
  (TERMS_FIELDS as readonly string[]).includes(field);

/**
 * Capacity, notice and group size of an offered topic that binds people's time. Checked in
 * the browser with the API's limits first; the API's errors appear at their fields. A
 * version conflict reloads the profile and says so.
 */
export function OfferTermsForm({
  profile,
  entry,
  topicLabel,
  onSaved,
  onConflict,
}: {
  profile: Profile;
  entry: Entry;
  topicLabel: string;
  onSaved: () => void;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const [drafts, setDrafts] = useState<Partial<TermsInput>>({});
  const [errors, setErrors] = useState<Partial<Record<TermsField, TranslationKey>>>({});
  const [general, setGeneral] = useState<TranslationKey | null>(null);
  const [save, saving] = useMutation(SetOfferTermsMutation);
  const id = `terms-${entry.code}`;

  const saved = (field: TermsField) => {
    const value = entry.terms?.[field];
    return value === null || value === undefined ? '' : String(value);
  };
  const value = (field: TermsField) => drafts[field] ?? saved(field);
  const input = (): TermsInput => ({
    capacityPerYear: value('capacityPerYear'),
    leadTimeDays: value('leadTimeDays'),
    groupSize: value('groupSize'),
  });
  const focusFirst = (fields: Partial<Record<TermsField, unknown>>) => {
    const first = TERMS_FIELDS.find((field) => fields[field]);
    if (first) document.getElementById(`${id}-${first}`)?.focus();
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setGeneral(null);
    const problems = termsProblems(input());
    if (Object.keys(problems).length > 0) {
      setErrors(problems);
      focusFirst(problems);
      return;
    }
    const terms = input();
    try {
      await save({
        variables: {
          input: {
            organisationId: profile.organisationId,
            topic: entry.code,
            version: profile.version,
            capacityPerYear: parseWhole(terms.capacityPerYear),
            leadTimeDays: parseWhole(terms.leadTimeDays),
            groupSize: parseWhole(terms.groupSize),
          },
        },
      });
      setDrafts({});
      setErrors({});
      onSaved();
    } catch (error) {
      if (isApiError(error, 'CONFLICT')) {
        setDrafts({});
        setErrors({});
        setGeneral('profiles.adjust.conflict');
        onConflict();
        return;
      }
      const problem = formProblem(error as Error);
      const fields: Partial<Record<TermsField, TranslationKey>> = {};
      for (const { field, messageKey } of problem.fields) {
        if (isTermsField(field)) fields[field] ??= messageKey;
      }
      setErrors(fields);
      if (Object.keys(fields).length === 0) setGeneral(problem.messageKey);
      else focusFirst(fields);
    }
  };

  return (
    <form className="bs-terms" onSubmit={(event) => void onSubmit(event)} noValidate>
      <fieldset className="bs-fieldset bs-terms__fieldset">
        <legend>{t('profiles.terms.legend', { topic: topicLabel })}</legend>
        <p className="bs-fieldset__note">{t('profiles.terms.note')}</p>
        {general && (
          <p className="bs-field__error" role="alert">
            {t(general)}
          </p>
        )}
        <div className="bs-terms__fields">
          {TERMS_FIELDS.map((field) => (
            <TextField
              key={field}
              id={`${id}-${field}`}
              type="number"
              inputMode="numeric"
              min={OFFER_TERMS_LIMITS[field].min}
              max={OFFER_TERMS_LIMITS[field].max}
              step={1}
              className="bs-input--number"
              label={t(LABELS[field][0])}
              hint={t(LABELS[field][1])}
              value={value(field)}
              error={errors[field] ? t(errors[field]) : undefined}
              onValueChange={(next) => {
                setDrafts((d) => ({ ...d, [field]: next }));
                setErrors((e) => ({ ...e, [field]: undefined }));
              }}
            />
          ))}
        </div>
        <p className="bs-terms__actions">
          <button
            type="submit"
            className="bs-button bs-button--secondary bs-button--small"
            disabled={saving.loading}
          >
            {t('profiles.terms.save')}
          </button>
        </p>
      </fieldset>
    </form>
  );
}
