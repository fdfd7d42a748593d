import { useMutation } from '@apollo/client/react';
import { PROFILE_FIELDS, VISIBILITY_LEVELS } from '@bs/domain';
import {
  formProblem,
  isApiError,
  type ProfileField,
  type VisibilityLevel,
} from '@bs/web/data-access';
import { useTranslation, type TranslationKey } from '@bs/web/i18n';
import { SelectField, TextField } from '@bs/web/ui';
import { useState, type FormEvent } from 'react';
import { ScopedFeedback, type Feedback } from './feedback';
import { UpdateProfileSettingsMutation } from './graphql/profile.graphql';
import { MATCH_RADIUS_KM, parseWhole, radiusValid, type Profile } from './profile-support';

interface Drafts {
  radiusKm?: string;
  requireVerified?: boolean;
  visibility?: Partial<Record<ProfileField, VisibilityLevel>>;
}

/**
 * The profile's settings (only the organisation and its insiders get them): search radius,
 * whether only confirmed attributes count, and who sees which part. Saved together with the
 * profile's version; a conflict reloads and says so.
 */
export function ProfileSettingsForm({
  profile,
  onConflict,
}: {
  profile: Profile;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const [drafts, setDrafts] = useState<Drafts>({});
  const [radiusError, setRadiusError] = useState<TranslationKey | null>(null);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [save, saving] = useMutation(UpdateProfileSettingsMutation);
  const settings = profile.settings;
  if (!settings) return null;

  const radius = drafts.radiusKm ?? String(settings.radiusKm);
  const requireVerified = drafts.requireVerified ?? settings.requireVerified;
  const level = (field: ProfileField): VisibilityLevel =>
    drafts.visibility?.[field] ??
    settings.visibility.find((v) => v.field === field)?.level ??
    'PUBLIC';

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFeedback(null);
    if (!radiusValid(radius)) {
      setRadiusError('profiles.radiusInvalid');
      document.getElementById('profile-radius')?.focus();
      return;
    }
    try {
      await save({
        variables: {
          input: {
            organisationId: profile.organisationId,
            version: profile.version,
            radiusKm: parseWhole(radius) ?? MATCH_RADIUS_KM.default,
            requireVerified,
            visibility: PROFILE_FIELDS.map((field) => ({ field, level: level(field) })),
          },
        },
      });
      setDrafts({});
      setRadiusError(null);
      setFeedback({ scope: 'settings', tone: 'success', text: t('profiles.settings.saved') });
    } catch (error) {
      if (isApiError(error, 'CONFLICT')) {
        setDrafts({});
        setFeedback({ scope: 'settings', tone: 'error', text: t('profiles.adjust.conflict') });
        onConflict();
        return;
      }
      const problem = formProblem(error as Error);
      const radiusProblem = problem.fields.find((f) => f.field === 'radiusKm');
      if (radiusProblem) {
        setRadiusError(radiusProblem.messageKey);
        document.getElementById('profile-radius')?.focus();
      } else {
        setFeedback({ scope: 'settings', tone: 'error', text: t(problem.messageKey) });
      }
    }
  };

  return (
    <section aria-labelledby="profile-settings" className="bs-profile-settings">
      <h2 id="profile-settings">{t('profiles.settings.heading')}</h2>
      <p>{t('profiles.settings.intro')}</p>
      <ScopedFeedback feedback={feedback} scope="settings" />
      <form className="bs-form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <TextField
          id="profile-radius"
          type="number"
          inputMode="numeric"
          min={MATCH_RADIUS_KM.min}
          max={MATCH_RADIUS_KM.max}
          step={1}
          className="bs-input--number"
          required
          label={t('profiles.settings.radiusKm')}
          hint={t('profiles.settings.radiusHint')}
          value={radius}
          error={radiusError ? t(radiusError) : undefined}
          onValueChange={(value) => {
            setDrafts((d) => ({ ...d, radiusKm: value }));
            setRadiusError(null);
          }}
        />
        <div className="bs-field">
          <label className="bs-checkbox">
            <input
              type="checkbox"
              checked={requireVerified}
              aria-describedby="profile-require-verified-hint"
              onChange={(event) =>
                setDrafts((d) => ({ ...d, requireVerified: event.target.checked }))
              }
            />
            <span>{t('profiles.settings.requireVerified')}</span>
          </label>
          <p className="bs-field__hint" id="profile-require-verified-hint">
            {t('profiles.settings.requireVerifiedHint')}
          </p>
        </div>
        <fieldset className="bs-fieldset">
          <legend>{t('profiles.settings.visibility')}</legend>
          <p className="bs-fieldset__note">{t('profiles.settings.visibilityHint')}</p>
          <div className="bs-visibility-fields">
            {PROFILE_FIELDS.map((field) => (
              <SelectField
                key={field}
                id={`profile-visibility-${field}`}
                label={t(`profiles.section.${field}`)}
                required
                value={level(field)}
                options={VISIBILITY_LEVELS.map((value) => ({
                  value,
                  label: t(`profiles.visibility.${value}`),
                }))}
                onValueChange={(value) =>
                  setDrafts((d) => ({
                    ...d,
                    visibility: { ...d.visibility, [field]: value as VisibilityLevel },
                  }))
                }
              />
            ))}
          </div>
        </fieldset>
        <p className="bs-form__actions">
          <button type="submit" className="bs-button" disabled={saving.loading}>
            {t('profiles.settings.save')}
          </button>
        </p>
      </form>
    </section>
  );
}
