import { skipToken, useQuery } from '@apollo/client/react';
import type { MapSearchQuery as MapSearchResult } from '@bs/web/data-access';
import { useTranslation } from '@bs/web/i18n';
import { useEffect, useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { MapSearchQuery } from './graphql/map.queries';
import { KindSymbol } from './kind-symbol';

/** Wait this long after the last keystroke before asking for suggestions. */
export const SEARCH_DEBOUNCE_MS = 250;

export type MapSearchPlace = MapSearchResult['mapSearch']['places'][number];
export type MapSearchOrganisation =
  MapSearchResult['mapSearch']['organisations'][number]['organisation'];

export type MapSearchChoice =
  | { type: 'place'; place: MapSearchPlace }
  | { type: 'organisation'; organisation: MapSearchOrganisation };

export interface MapSearchProps {
  /** Organisations nearest to this point are suggested first (the map centre). */
  near: { lat: number; lng: number } | null;
  onChoose: (choice: MapSearchChoice) => void;
}

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/**
 * The map's search: a combobox (ARIA 1.2 pattern) suggesting postcodes, places and
 * organisations while typing. Arrow keys move through the suggestions, Enter chooses (the first
 * one when none is highlighted), Escape closes them.
 */
export function MapSearch({ near, onChoose }: MapSearchProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const query = useDebounced(text.trim(), SEARCH_DEBOUNCE_MS);
  const { data, previousData, loading } = useQuery(
    MapSearchQuery,
    query.length >= 2
      ? {
          variables: {
            input: {
              text: query.slice(0, 100),
              near: near ? { lat: near.lat, lng: near.lng } : undefined,
            },
          },
        }
      : skipToken,
  );
  const result = query.length >= 2 ? (data ?? previousData)?.mapSearch : undefined;
  const choices: MapSearchChoice[] = [
    ...(result?.places ?? []).map((place) => ({ type: 'place' as const, place })),
    ...(result?.organisations ?? []).map(({ organisation }) => ({
      type: 'organisation' as const,
      organisation,
    })),
  ];
  const expanded = open && choices.length > 0;
  const optionId = (index: number) => `${id}-option-${index}`;

  const choose = (choice: MapSearchChoice | undefined) => {
    if (!choice) return;
    onChoose(choice);
    setOpen(false);
    setActive(-1);
    setText(
      choice.type === 'place'
        ? `${choice.place.postcode} ${choice.place.name}`
        : choice.organisation.name,
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (choices.length === 0 ? -1 : (i + 1) % choices.length));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => (choices.length === 0 ? -1 : (i - 1 + choices.length) % choices.length));
    } else if (event.key === 'Escape') {
      if (expanded) event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    choose(choices[active >= 0 ? active : 0]);
  };

  const placeCount = result?.places.length ?? 0;
  return (
    <form className="bs-search" role="search" onSubmit={onSubmit}>
      <label className="bs-visually-hidden" htmlFor={`${id}-input`}>
        {t('map.search.label')}
      </label>
      <input
        id={`${id}-input`}
        className="bs-search__input"
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        maxLength={100}
        placeholder={t('map.search.placeholder')}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-listbox`}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby={`${id}-hint`}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
      />
      <button type="submit" className="bs-search__submit">
        {t('map.search.submit')}
      </button>
      <span id={`${id}-hint`} className="bs-visually-hidden">
        {t('map.search.hint')}
      </span>
      <ul
        id={`${id}-listbox`}
        role="listbox"
        aria-label={t('map.search.suggestions')}
        className="bs-search__list"
        hidden={!expanded}
      >
        {choices.map((choice, index) => (
          <li
            key={
              choice.type === 'place'
                ? `p-${choice.place.postcode}-${choice.place.name}`
                : `o-${choice.organisation.id}`
            }
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className={`bs-search__option${index === placeCount ? ' bs-search__option--first-organisation' : ''}`}
            // Chosen on mouse down, before the input's blur closes the list.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(choice);
            }}
          >
            {choice.type === 'place' ? (
              <>
                <span className="bs-search__main">
                  {choice.place.postcode} {choice.place.name}
                </span>
                {choice.place.districtName && (
                  <span className="bs-search__detail">{choice.place.districtName}</span>
                )}
              </>
            ) : (
              <>
                <KindSymbol kind={choice.organisation.kind} />
                <span className="bs-search__main">{choice.organisation.name}</span>
                <span className="bs-search__detail">
                  {choice.organisation.postcode} {choice.organisation.city}
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
      <span className="bs-visually-hidden" role="status" aria-live="polite">
        {query.length >= 2 && !loading && open
          ? t('map.search.count', { count: choices.length })
          : ''}
      </span>
    </form>
  );
}
