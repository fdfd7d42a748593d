import { clusterMarkerPx } from '@bs/domain';
import { divIcon, type DivIcon } from 'leaflet';

export interface ClusterIconOptions {
  count: number;
  /** Organisations per kind: drawn as the shares of the ring around the number. */
  counts: { zo: number; kmu: number; intermediary: number };
  /** The number as shown (short, e.g. "12k"). */
  shortCount: string;
  /** Accessible name, e.g. "1.234 Organisationen: …; auswählen zum Vergrößern". */
  label: string;
}

/**
 * A cluster marker: the number of organisations in a circle whose ring shows the shares of the
 * kinds (the ring is extra; the number and the name say everything without colour).
 */
export function createClusterIcon({
  count,
  counts,
  shortCount,
  label,
}: ClusterIconOptions): DivIcon {
  const size = clusterMarkerPx(count);
  const total = Math.max(1, counts.zo + counts.kmu + counts.intermediary);
  const zo = (counts.zo / total) * 100;
  const kmu = zo + (counts.kmu / total) * 100;

  const content = document.createElement('span');
  content.className = 'bs-cluster__content';
  content.style.setProperty('--bs-share-zo', `${zo.toFixed(1)}%`);
  content.style.setProperty('--bs-share-kmu', `${kmu.toFixed(1)}%`);

  const number = document.createElement('span');
  number.className = 'bs-cluster__count';
  number.setAttribute('aria-hidden', 'true');
  number.textContent = shortCount;

  const name = document.createElement('span');
  name.className = 'bs-marker__label';
  name.textContent = label;

  content.append(number, name);
  return divIcon({
    className: 'bs-cluster',
    html: content,
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
  });
}
