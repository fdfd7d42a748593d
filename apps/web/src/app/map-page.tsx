import { useTranslation } from '@bs/web/i18n';
import { MAP_STATE_PARAMS, MAP_VIEW_PARAMS, OrganisationMap, type Highlights } from '@bs/web/map';
import { MatchCardFactors, MatchPanel, type MatchOnMap } from '@bs/web/matching';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';

/** Zoom at which a chosen match is shown. */
const FOCUS_ZOOM = 13;

const matchCardFactors = (organisationId: string) => (
  <MatchCardFactors organisationId={organisationId} />
);

/**
 * `/`: the full-screen map of organisations, with the match list of the organisation one acts
 * for docked beside it. Choosing a match moves the map there through the URL's view
 * (`?lat&lng&z`, which the map follows) and opens the partner's card (`?org=`); the card says
 * how the organisation matches the one acts for. The list's current page can be marked on the
 * map, numbered as in the list; choosing a mark opens its card. Loaded lazily with Leaflet.
 */
export default function MapPage() {
  const { t } = useTranslation();
  const [, setSearchParams] = useSearchParams();
  const [matchesOnMap, setMatchesOnMap] = useState<readonly MatchOnMap[] | null>(null);
  const focus = useCallback(
    (organisationId: string, lat: number, lng: number) => {
      setSearchParams((current) => {
        const next = new URLSearchParams(current);
        next.set(MAP_VIEW_PARAMS.lat, lat.toFixed(5));
        next.set(MAP_VIEW_PARAMS.lng, lng.toFixed(5));
        next.set(MAP_VIEW_PARAMS.zoom, String(FOCUS_ZOOM));
        // The chosen partner's card opens on the map.
        next.set(MAP_STATE_PARAMS.selected, organisationId);
        return next;
      });
    },
    [setSearchParams],
  );
  const highlights = useMemo(
    (): Highlights | null =>
      matchesOnMap && {
        markers: matchesOnMap.map((match) => ({
          id: match.organisationId,
          lat: match.lat,
          lng: match.lng,
          label: String(match.rank),
          title: match.title,
        })),
        legend: t('matches.layer.legend'),
      },
    [matchesOnMap, t],
  );
  return (
    <>
      <title>{t('app.pageTitle', { page: t('map.title') })}</title>
      <h1 className="bs-visually-hidden">{t('map.heading')}</h1>
      <OrganisationMap
        aside={<MatchPanel onFocus={focus} onShowOnMap={setMatchesOnMap} />}
        highlights={highlights}
        cardExtras={matchCardFactors}
      />
    </>
  );
}
