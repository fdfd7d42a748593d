import { useMutation } from '@apollo/client/react';
import { formProblem } from '@bs/web/data-access';
import { useTranslation, type TranslationKey } from '@bs/web/i18n';
import type { LocalizedTaxonomy } from '@bs/web/taxonomy';
import { useState, type FormEvent } from 'react';
import { AddProfileEntryMutation } from './graphql/profile.graphql';
import { allowedOptions, entryKey, type Profile, type Section } from './profile-support';

/**
 * Adds an entry to one section by hand: a choice of the taxonomy's codes the organisation's
 * kind may have there and does not have yet (sorted by label), and the API's error at it.
 */
export function AddEntryForm({
  profile,
  section,
  taxonomy,
  onAdded,
}: {
  profile: Profile;
  section: Section;
  taxonomy: LocalizedTaxonomy;
  onAdded: (label: string) => void;
}) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [error, setError] = useState<TranslationKey | null>(null);
  const [add, adding] = useMutation(AddProfileEntryMutation);
  const id = `add-${section.field}`;

  const present = new Set(profile.entries.map(entryKey));
  const options = allowedOptions(taxonomy, profile.kind, section.field)
    .filter(
      (option) =>
        !present.has(
          entryKey({ category: section.category, code: option.code, direction: section.direction }),
        ),
    )
    .sort((a, b) => a.label.localeCompare(b.label, taxonomy.language));
  const chosen = options.find((option) => option.code === code);

  if (options.length === 0) {
    return <p className="bs-profile-add bs-field__hint">{t('profiles.adjust.nothingLeft')}</p>;
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) {
      setError('profiles.adjust.chooseError');
      document.getElementById(id)?.focus();
      return;
    }
    try {
      await add({
        variables: {
          input: {
            organisationId: profile.organisationId,
            category: section.category,
            code: chosen.code,
            direction: section.direction,
          },
        },
      });
      setCode('');
      setError(null);
      onAdded(chosen.label);
    } catch (failure) {
      const problem = formProblem(failure as Error);
      setError(problem.fields[0]?.messageKey ?? problem.messageKey);
      document.getElementById(id)?.focus();
    }
  };

  return (
    <form
      className="bs-form bs-form--row bs-profile-add"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
    >
      {/* The form has one choice: no "required" / "optional" marker as in longer forms. */}
      <div className={`bs-field${error ? ' bs-field--invalid' : ''}`}>
        <label className="bs-field__label" htmlFor={id}>
          {t(`profiles.adjust.add.${section.field}`)}
        </label>
        {error && (
          <p className="bs-field__error" id={`${id}-error`}>
            <span className="bs-visually-hidden">{t('form.errorPrefix')} </span>
            {t(error)}
          </p>
        )}
        <select
          id={id}
          className="bs-input bs-input--select"
          value={code}
          aria-invalid={error ? true : undefined}
          aria-describedby={
            [error ? `${id}-error` : '', chosen?.description ? `${id}-hint` : '']
              .filter(Boolean)
              .join(' ') || undefined
          }
          onChange={(event) => {
            setCode(event.target.value);
            setError(null);
          }}
        >
          <option value="">{t('profiles.adjust.choose')}</option>
          {options.map((option) => (
            <option key={option.code} value={option.code}>
              {option.label}
            </option>
          ))}
        </select>
        {chosen?.description && (
          <p className="bs-field__hint" id={`${id}-hint`}>
            {chosen.description}
          </p>
        )}
      </div>
      <button type="submit" className="bs-button bs-button--secondary" disabled={adding.loading}>
        {t('profiles.adjust.submit')}
      </button>
    </form>
  );
}
