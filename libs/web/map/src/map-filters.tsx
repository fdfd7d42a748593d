import { useQuery } from '@apollo/client/react';
import { ORGANISATION_KINDS, type OrganisationKind } from '@bs/domain';
import { graphql } from '@bs/web/data-access';
import { currentLanguage, useTranslation, type TranslationKey } from '@bs/web/i18n';
import { useTaxonomy, type TaxonomyList } from '@bs/web/taxonomy';
import { useId, useState, type FormEvent } from 'react';
import { KindSymbol } from './kind-symbol';
import { EMPTY_FILTER, MAX_TEXT_LENGTH, type MapFilter } from './map-url-state';

const DistrictsQuery = graphql(`
  query MapDistricts {
    districts {
      key
      name
      type
      land {
        key
        name
      }
    }
  }
`);

export interface MapFiltersProps {
  filter: MapFilter;
  /** Organisations per kind under the other filters (the numbers beside the kinds). */
  totals: Record<OrganisationKind, number> | null;
  onChange: (filter: MapFilter) => void;
}

type CodeField = 'offers' | 'seeks' | 'themes' | 'attributes';

/** The code filters and the taxonomy list (from the `taxonomy` query) each offers. */
const GROUPS: readonly { field: CodeField; title: TranslationKey; list: TaxonomyList }[] = [
  { field: 'offers', title: 'map.filters.offers', list: 'topics' },
  { field: 'seeks', title: 'map.filters.seeks', list: 'topics' },
  { field: 'themes', title: 'map.filters.themes', list: 'themes' },
  { field: 'attributes', title: 'map.filters.attributes', list: 'qualityAttributes' },
];

const toggle = <T,>(list: readonly T[], value: T): T[] =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

/**
 * The map's filters: kinds (with how many each would show), text, offered and sought topics,
 * themes, quality attributes, verified only, district. Every change applies at once; the map,
 * the list and the counts follow.
 */
export default function MapFilters({ filter: applied, totals, onChange: apply }: MapFiltersProps) {
  const { t, i18n } = useTranslation();
  // Shown at once; the URL (and so `applied`) follows in a transition a moment later.
  const [filter, setFilter] = useState(applied);
  const [appliedBefore, setAppliedBefore] = useState(applied);
  if (appliedBefore !== applied) {
    setAppliedBefore(applied);
    setFilter(applied);
  }
  const onChange = (next: MapFilter) => {
    setFilter(next);
    apply(next);
  };
  const language = currentLanguage(i18n);
  const id = useId();
  const [text, setText] = useState(filter.text);
  const [textFor, setTextFor] = useState(filter.text);
  // A new text from outside (e.g. the back button) replaces what was typed.
  if (textFor !== filter.text) {
    setTextFor(filter.text);
    setText(filter.text);
  }
  const districts = useQuery(DistrictsQuery);
  const { taxonomy } = useTaxonomy();
  const number = new Intl.NumberFormat(language);

  const applyText = (event?: FormEvent) => {
    event?.preventDefault();
    if (text.trim() !== filter.text) onChange({ ...filter, text: text.trim() });
  };

  const byLand = new Map<string, { name: string; districts: { key: string; label: string }[] }>();
  for (const d of districts.data?.districts ?? []) {
    const land = byLand.get(d.land.key) ?? { name: d.land.name, districts: [] };
    land.districts.push({ key: d.key, label: `${d.name} (${d.type})` });
    byLand.set(d.land.key, land);
  }
  const lands = [...byLand.values()].sort((a, b) => a.name.localeCompare(b.name, language));

  return (
    <div className="bs-filters">
      <fieldset className="bs-filters__group">
        <legend className="bs-filters__legend">{t('map.filters.kinds')}</legend>
        {ORGANISATION_KINDS.map((kind) => (
          <label key={kind} className="bs-filters__check">
            <input
              type="checkbox"
              checked={filter.kinds.includes(kind)}
              onChange={() => onChange({ ...filter, kinds: toggle(filter.kinds, kind) })}
            />
            <KindSymbol kind={kind} />
            <span className="bs-filters__label">{t(`map.kind.${kind}`)}</span>
            {totals && <span className="bs-filters__count">{number.format(totals[kind])}</span>}
          </label>
        ))}
      </fieldset>

      <form className="bs-filters__group" onSubmit={applyText}>
        <label className="bs-filters__legend" htmlFor={`${id}-text`}>
          {t('map.filters.text')}
        </label>
        <div className="bs-filters__text">
          <input
            id={`${id}-text`}
            type="search"
            maxLength={MAX_TEXT_LENGTH}
            value={text}
            onChange={(event) => setText(event.target.value)}
            onBlur={() => applyText()}
          />
          <button type="submit">{t('map.filters.apply')}</button>
        </div>
      </form>

      {GROUPS.map(({ field, title, list }) => (
        <details key={field} className="bs-filters__group" open={filter[field].length > 0}>
          <summary className="bs-filters__legend">
            {t(title)}
            {filter[field].length > 0 && (
              <span className="bs-filters__badge">{filter[field].length}</span>
            )}
          </summary>
          <fieldset className="bs-filters__options">
            <legend className="bs-visually-hidden">{t(title)}</legend>
            {(taxonomy?.[list] ?? []).map(({ code, label }) => (
              <label key={code} className="bs-filters__check">
                <input
                  type="checkbox"
                  value={code}
                  checked={filter[field].includes(code)}
                  onChange={() => onChange({ ...filter, [field]: toggle(filter[field], code) })}
                />
                <span className="bs-filters__label">{label}</span>
              </label>
            ))}
          </fieldset>
        </details>
      ))}

      <label className="bs-filters__check bs-filters__group">
        <input
          type="checkbox"
          checked={filter.verifiedOnly}
          onChange={() => onChange({ ...filter, verifiedOnly: !filter.verifiedOnly })}
        />
        <span className="bs-filters__label">{t('map.filters.verifiedOnly')}</span>
      </label>

      <div className="bs-filters__group">
        <label className="bs-filters__legend" htmlFor={`${id}-district`}>
          {t('map.filters.district')}
        </label>
        <select
          id={`${id}-district`}
          value={filter.districtKey ?? ''}
          onChange={(event) => onChange({ ...filter, districtKey: event.target.value || null })}
        >
          <option value="">{t('map.filters.anyDistrict')}</option>
          {lands.map((land) => (
            <optgroup key={land.name} label={land.name}>
              {land.districts.map((d) => (
                <option key={d.key} value={d.key}>
                  {d.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>

      <p className="bs-filters__note">{t('map.filters.visibilityNote')}</p>

      <button
        type="button"
        className="bs-filters__reset"
        onClick={() => onChange({ ...EMPTY_FILTER, near: filter.near })}
      >
        {t('map.filters.reset')}
      </button>
    </div>
  );
}
