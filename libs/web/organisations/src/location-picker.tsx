import { skipToken, useQuery } from '@apollo/client/react';
import { useTranslation } from '@bs/web/i18n';
import { lazy, Suspense } from 'react';
import { DistrictAtQuery } from './graphql/geocoding.query';
import type { GeoPoint } from './organisation-form-values';
import type { PostcodeLookupState } from './use-postcode-lookup';

// Leaflet loads with the first map, not with the form.
const PinPickerMap = lazy(() => import('./pin-picker-map'));

export interface LocationPickerProps {
  /** Element id the error summary links to. */
  id: string;
  lookup: PostcodeLookupState;
  /** Where the map looks. */
  center: GeoPoint | null;
  /** Where the pin is. */
  pin: GeoPoint | null;
  /** Whether the user placed the pin themselves (else it is the postcode's centre). */
  placedByUser: boolean;
  onMove: (point: GeoPoint) => void;
  onReset: () => void;
  /** Translated problem of the location (e.g. outside Germany). */
  error?: string | undefined;
}

/**
 * The map part of the postcode + pin picker: the pin starts at the postcode's centre and can
 * be dragged or moved with the arrow keys; the district under it is shown as it moves.
 */
export function LocationPicker({
  id,
  lookup,
  center,
  pin,
  placedByUser,
  onMove,
  onReset,
  error,
}: LocationPickerProps) {
  const { t } = useTranslation();
  const point = placedByUser && pin ? { lat: pin.lat, lng: pin.lng } : null;
  const district = useQuery(
    DistrictAtQuery,
    point ? { variables: { location: point } } : skipToken,
  );
  const under = point ? (district.data ?? district.previousData)?.districtAt : undefined;
  const instructionsId = `${id}-instructions`;
  const errorId = `${id}-error`;

  let status = null;
  if (lookup.status === 'loading') status = <p>{t('pinPicker.lookingUp')}</p>;
  else if (lookup.status === 'found') {
    const { postcode, place, district: area, land } = lookup.lookup;
    status = (
      <p>
        <strong>{t('pinPicker.found', { postcode, place })}</strong>
        {area && land && <> – {t('pinPicker.region', { district: area.name, land: land.name })}</>}
      </p>
    );
  } else if (lookup.status === 'failed' && !lookup.messageKey.startsWith('regions.')) {
    status = <p>{t(lookup.messageKey)}</p>;
  } else if (!pin) status = <p>{t('pinPicker.noPostcode')}</p>;

  return (
    <div
      className={['bs-location-picker', error ? 'bs-field--invalid' : ''].join(' ').trim()}
      id={id}
      tabIndex={-1}
      aria-describedby={error ? errorId : undefined}
    >
      <p className="bs-field__hint" id={instructionsId}>
        {t('pinPicker.instructions')}
      </p>
      {error && (
        <p className="bs-field__error" id={errorId}>
          <span className="bs-visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
      <Suspense fallback={<div className="bs-map bs-map--small bs-map--placeholder" />}>
        <PinPickerMap center={center} pin={pin} onMove={onMove} describedBy={instructionsId} />
      </Suspense>
      <div className="bs-location-picker__status" role="status" aria-live="polite">
        {status}
        {point && under && (
          <p>{t('pinPicker.underPin', { district: under.name, land: under.land.name })}</p>
        )}
        {point && under === null && !district.loading && (
          <p className="bs-field__error">{t('pinPicker.outsideGermany')}</p>
        )}
      </div>
      {placedByUser && lookup.status === 'found' && (
        <button
          type="button"
          className="bs-button bs-button--secondary bs-button--small"
          onClick={onReset}
        >
          {t('pinPicker.reset')}
        </button>
      )}
    </div>
  );
}
