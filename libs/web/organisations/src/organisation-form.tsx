import { ORGANISATION_KINDS, type OrganisationKind } from '@bs/domain';
import type { FormProblem } from '@bs/web/data-access';
import { isTranslationKey, useTranslation, type TranslationKey } from '@bs/web/i18n';
import {
  ErrorSummary,
  SelectField,
  TextAreaField,
  TextField,
  useErrorSummaryItems,
  useFormErrors,
  zodFieldErrors,
} from '@bs/web/ui';
import { useCallback, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { LocationPicker } from './location-picker';
import {
  ENUM_OPTIONS,
  ORGANISATION_FIELD_IDS as IDS,
  organisationFieldOf,
  organisationSchema,
  roundCoordinate,
  type GeoPoint,
  type OrganisationField,
  type OrganisationFormValues,
} from './organisation-form-values';
import { isPostcode, usePostcodeLookup } from './use-postcode-lookup';

type EnumField = keyof typeof ENUM_OPTIONS;

const POSTCODE_PROBLEMS: readonly TranslationKey[] = [
  'regions.invalidPostcode',
  'regions.unknownPostcode',
];

/** Fields edited as plain text inputs. */
type TextFieldName =
  | 'name'
  | 'legalForm'
  | 'website'
  | 'street'
  | 'city'
  | 'publicContact'
  | 'contactName'
  | 'contactEmail'
  | 'contactPhone';

export interface OrganisationFormProps {
  mode: 'create' | 'edit';
  initialValues: OrganisationFormValues;
  /** After a conflict: what the user had entered, shown at the fields to apply again. */
  unsaved?: Partial<OrganisationFormValues> | null;
  /** Shown above the form (e.g. the conflict). */
  notice?: ReactNode;
  /** Saves; resolves with the API's problem, or null when saved (or handled elsewhere). */
  onSubmit: (values: OrganisationFormValues, kind: OrganisationKind) => Promise<FormProblem | null>;
  cancelTo: string;
}

/**
 * Create or edit an organisation: kind (at creation only), public profile, address with the
 * postcode + pin picker, kind-specific size and sector, public contact and the private
 * contact person. Checked in the browser with the API's rules; the API's field errors appear
 * at their fields, and a summary at the top takes the focus.
 */
export function OrganisationForm({
  mode,
  initialValues,
  unsaved: initialUnsaved,
  notice,
  onSubmit,
  cancelTo,
}: OrganisationFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initialValues);
  const [unsaved, setUnsaved] = useState(initialUnsaved ?? null);
  const [saving, setSaving] = useState(false);
  const [mapCenter, setMapCenter] = useState<GeoPoint | null>(initialValues.location);
  const { state: lookup, lookUp } = usePostcodeLookup();
  const { errors, showFieldErrors, showProblem, clearField } = useFormErrors(organisationFieldOf);
  const summary = useErrorSummaryItems(errors, IDS);

  // After a conflict the form starts anew: the notice about it takes the focus.
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (initialUnsaved) noticeRef.current?.focus();
  }, [initialUnsaved]);

  // Show where the stored postcode is (district, Land) without moving the stored pin.
  const [initialPostcode] = useState(initialValues.postcode);
  useEffect(() => {
    if (isPostcode(initialPostcode)) void lookUp(initialPostcode);
  }, [initialPostcode, lookUp]);

  // A changed field no longer shows its old problem.
  const set = useCallback(
    <F extends OrganisationField>(field: F) =>
      (value: OrganisationFormValues[F]) => {
        setValues((previous) => ({ ...previous, [field]: value }));
        clearField(field);
      },
    [clearField],
  );

  const onPostcodeChange = (postcode: string) => {
    // A new postcode puts the pin at its centre again.
    setValues((previous) => ({ ...previous, postcode, location: null }));
    clearField('postcode');
    clearField('location');
    void lookUp(postcode).then((found) => {
      if (!found) return;
      setMapCenter(found.location);
      setValues((previous) =>
        previous.city.trim() ? previous : { ...previous, city: found.place },
      );
    });
  };

  const onMove = useCallback(
    ({ lat, lng }: GeoPoint) => {
      const location = { lat: roundCoordinate(lat), lng: roundCoordinate(lng) };
      setValues((previous) => ({ ...previous, location }));
      clearField('location');
    },
    [clearField],
  );

  const postcode = values.postcode.trim();
  const current = lookup.status !== 'idle' && lookup.postcode === postcode ? lookup : null;
  // A postcode the API does not know is a problem of the field; other failed lookups (no
  // connection) are only reported at the map, and the API checks the postcode when saving.
  const postcodeProblem =
    current?.status === 'failed' && POSTCODE_PROBLEMS.includes(current.messageKey)
      ? current.messageKey
      : null;
  const pin = values.location ?? (current?.status === 'found' ? current.lookup.location : null);

  const onReset = () => {
    setValues((previous) => ({ ...previous, location: null }));
    if (current?.status === 'found') setMapCenter(current.lookup.location);
  };

  const kind: OrganisationKind | '' = values.kind;

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = organisationSchema.safeParse(values);
    const fields: Partial<Record<OrganisationField, TranslationKey>> = parsed.success
      ? {}
      : zodFieldErrors(parsed.error);
    if (postcodeProblem && !fields.postcode) fields.postcode = postcodeProblem;
    if (Object.keys(fields).length > 0 || !kind) {
      showFieldErrors(fields);
      return;
    }
    setSaving(true);
    const problem = await onSubmit(values, kind);
    setSaving(false);
    if (problem) showProblem(problem);
  };

  const error = (field: OrganisationField): string | undefined => {
    const key = errors.fields[field];
    if (field === 'postcode' && postcodeProblem) return t(postcodeProblem);
    return key ? t(key) : undefined;
  };

  const enumLabel = (field: EnumField, value: string) => {
    const key = `labels.${field}.${value}`;
    return isTranslationKey(key) ? t(key) : value;
  };

  const unsavedNote = (field: OrganisationField) => {
    if (!unsaved || !(field in unsaved)) return undefined;
    const value = unsaved[field];
    let shown: string;
    if (value === null || value === undefined || value === '')
      shown = t('organisationForm.yourValueEmpty');
    else if (typeof value === 'object') shown = `${value.lat.toFixed(5)}, ${value.lng.toFixed(5)}`;
    else if (field in ENUM_OPTIONS) shown = enumLabel(field as EnumField, value);
    else shown = value;
    return (
      <div className="bs-unsaved">
        <span className="bs-unsaved__label">{t('organisationForm.yourValue')}</span>{' '}
        <span className="bs-unsaved__value">{shown}</span>{' '}
        <button
          type="button"
          className="bs-button bs-button--secondary bs-button--small"
          onClick={() => {
            setValues((previous) => ({ ...previous, [field]: value }));
            setUnsaved((previous) => {
              if (!previous) return previous;
              const { [field]: _applied, ...rest } = previous;
              return Object.keys(rest).length > 0 ? rest : null;
            });
          }}
        >
          {t('organisationForm.reapply')}
        </button>
      </div>
    );
  };

  const text = (field: TextFieldName, label: TranslationKey, props: object = {}) => (
    <TextField
      id={IDS[field]}
      label={t(label)}
      value={values[field]}
      onValueChange={set(field)}
      error={error(field)}
      after={unsavedNote(field)}
      {...props}
    />
  );

  const select = (field: EnumField, label: TranslationKey) => (
    <SelectField
      id={IDS[field]}
      label={t(label)}
      value={values[field]}
      onValueChange={set(field) as (value: string) => void}
      emptyOption={t('organisationForm.notSpecified')}
      options={ENUM_OPTIONS[field].map((value) => ({ value, label: enumLabel(field, value) }))}
      error={error(field)}
      after={unsavedNote(field)}
    />
  );

  return (
    <>
      {notice && (
        <div ref={noticeRef} tabIndex={-1} className="bs-form-notice">
          {notice}
        </div>
      )}
      {unsaved && (
        <p>
          <button
            type="button"
            className="bs-button bs-button--secondary"
            onClick={() => {
              setValues((previous) => ({ ...previous, ...unsaved }));
              setUnsaved(null);
            }}
          >
            {t('organisationForm.reapplyAll')}
          </button>
        </p>
      )}
      <ErrorSummary items={summary} focusKey={errors.attempt} />
      <form className="bs-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
        {mode === 'create' ? (
          <fieldset
            className={['bs-fieldset', error('kind') ? 'bs-field--invalid' : ''].join(' ').trim()}
            aria-describedby={error('kind') ? `${IDS.kind}-error` : 'organisation-kind-hint'}
          >
            <legend>
              {t('organisationForm.kind')}
              <span className="bs-field__required"> ({t('form.required')})</span>
            </legend>
            <p className="bs-field__hint" id="organisation-kind-hint">
              {t('organisationForm.kindHint')}
            </p>
            {error('kind') && (
              <p className="bs-field__error" id={`${IDS.kind}-error`}>
                <span className="bs-visually-hidden">{t('form.errorPrefix')} </span>
                {error('kind')}
              </p>
            )}
            <div className="bs-radios">
              {ORGANISATION_KINDS.map((option, index) => (
                <div className="bs-radio" key={option}>
                  <input
                    type="radio"
                    name="kind"
                    value={option}
                    id={index === 0 ? IDS.kind : `${IDS.kind}-${option}`}
                    checked={values.kind === option}
                    onChange={() => set('kind')(option)}
                    aria-describedby={`${IDS.kind}-${option}-help`}
                  />
                  <label htmlFor={index === 0 ? IDS.kind : `${IDS.kind}-${option}`}>
                    <span className="bs-radio__label">{t(`map.kind.${option}`)}</span>
                    <span className="bs-radio__help" id={`${IDS.kind}-${option}-help`}>
                      {t(`organisationForm.kindHelp.${option}`)}
                    </span>
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        ) : (
          kind && (
            <p>
              <strong>{t('organisationForm.kind')}:</strong> {t(`map.kind.${kind}`)}
            </p>
          )
        )}

        <fieldset className="bs-fieldset">
          <legend>{t('organisationForm.basics')}</legend>
          {text('name', 'organisationForm.name', {
            required: true,
            autoComplete: 'organization',
            maxLength: 200,
          })}
          {text('legalForm', 'organisationForm.legalForm', {
            hint: t('organisationForm.legalFormHint'),
            maxLength: 80,
          })}
          <TextAreaField
            id={IDS.description}
            label={t('organisationForm.description')}
            hint={t('organisationForm.descriptionHint')}
            value={values.description}
            onValueChange={set('description')}
            error={error('description')}
            after={unsavedNote('description')}
            maxLength={2000}
          />
          {text('website', 'organisationForm.website', {
            type: 'url',
            hint: t('organisationForm.websiteHint'),
            autoComplete: 'url',
            inputMode: 'url',
            spellCheck: false,
          })}
        </fieldset>

        <fieldset className="bs-fieldset">
          <legend>{t('organisationForm.address')}</legend>
          {text('street', 'organisationForm.street', { autoComplete: 'street-address' })}
          <div className="bs-form__row bs-form__row--2">
            <TextField
              id={IDS.postcode}
              label={t('organisationForm.postcode')}
              hint={t('organisationForm.postcodeHint')}
              required
              className="bs-input--postcode"
              inputMode="numeric"
              autoComplete="postal-code"
              maxLength={5}
              value={values.postcode}
              onValueChange={onPostcodeChange}
              error={error('postcode')}
              after={unsavedNote('postcode')}
            />
            {text('city', 'organisationForm.city', {
              hint: t('organisationForm.cityHint'),
              autoComplete: 'address-level2',
            })}
          </div>
          <LocationPicker
            id={IDS.location}
            lookup={current ?? { status: 'idle' }}
            center={mapCenter}
            pin={pin}
            placedByUser={values.location !== null}
            onMove={onMove}
            onReset={onReset}
            error={error('location')}
          />
          {unsavedNote('location')}
        </fieldset>

        {kind === 'KMU' && (
          <fieldset className="bs-fieldset">
            <legend>{t('organisationForm.profileKmu')}</legend>
            {select('employeeBand', 'organisationForm.employeeBand')}
            {select('wzSection', 'organisationForm.wzSection')}
          </fieldset>
        )}
        {kind === 'ZO' && (
          <fieldset className="bs-fieldset">
            <legend>{t('organisationForm.profileZo')}</legend>
            {select('volunteerBand', 'organisationForm.volunteerBand')}
            {select('staffBand', 'organisationForm.staffBand')}
            {select('engagementField', 'organisationForm.engagementField')}
          </fieldset>
        )}
        <fieldset className="bs-fieldset">
          <legend>{t('organisationForm.publicContactLegend')}</legend>
          {text('publicContact', 'organisationForm.publicContact', {
            hint: t('organisationForm.publicContactHint'),
            maxLength: 300,
          })}
        </fieldset>

        <fieldset className="bs-fieldset" aria-describedby="organisation-contact-note">
          <legend>{t('organisationForm.contactLegend')}</legend>
          <p className="bs-fieldset__note" id="organisation-contact-note">
            {t('organisationForm.contactNote')}
          </p>
          {text('contactName', 'organisationForm.contactName', { autoComplete: 'off' })}
          <div className="bs-form__row bs-form__row--2">
            {text('contactEmail', 'organisationForm.contactEmail', {
              type: 'email',
              autoComplete: 'off',
              spellCheck: false,
            })}
            {text('contactPhone', 'organisationForm.contactPhone', {
              type: 'tel',
              autoComplete: 'off',
            })}
          </div>
        </fieldset>

        <div className="bs-form__actions">
          <button type="submit" className="bs-button" disabled={saving}>
            {saving
              ? t('form.saving')
              : mode === 'create'
                ? t('organisationForm.submitNew')
                : t('organisationForm.submitEdit')}
          </button>
          <Link to={cancelTo}>{t('organisationForm.cancel')}</Link>
        </div>
      </form>
    </>
  );
}
