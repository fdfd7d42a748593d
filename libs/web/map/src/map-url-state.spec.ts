import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  EMPTY_FILTER,
  parseMapUrlState,
  toFilterInput,
  withMapUrlState,
} from './map-url-state';

const params = (query: string) => new URLSearchParams(query);

describe('the map state in the URL', () => {
  it('reads filters, selection, list mode and outlines from a shared link', () => {
    const state = parseMapUrlState(
      params(
        'kinds=ZO,KMU&offers=donations,in-kind&seeks=volunteers&themes=climate&attrs=charitable-status' +
          '&verified=1&district=08222&q=Tafel&near=49.48,8.47,25&place=68159%20Mannheim' +
          '&org=A0000000-0000-4000-8000-000000000001&view=list&regions=1',
      ),
    );
    expect(state).toEqual({
      filter: {
        kinds: ['ZO', 'KMU'],
        offers: ['donations', 'in-kind'],
        seeks: ['volunteers'],
        themes: ['climate'],
        attributes: ['charitable-status'],
        verifiedOnly: true,
        districtKey: '08222',
        text: 'Tafel',
        near: { lat: 49.48, lng: 8.47, radiusKm: 25, label: '68159 Mannheim' },
      },
      selected: 'a0000000-0000-4000-8000-000000000001',
      mode: 'list',
      regions: true,
    });
  });

  it('drops unknown codes and malformed values, so old or edited links still open', () => {
    const state = parseMapUrlState(
      params(
        'kinds=ZO,PARTY&offers=donations,,nonsense,donations&district=Mannheim&near=49,8,999' +
          '&org=not-an-id&view=satellite&q=' +
          'x'.repeat(300),
      ),
    );
    expect(state.filter.kinds).toEqual(['ZO']);
    expect(state.filter.offers).toEqual(['donations']);
    expect(state.filter.districtKey).toBeNull();
    expect(state.filter.near).toBeNull();
    expect(state.filter.text).toHaveLength(100);
    expect(state.selected).toBeNull();
    expect(state.mode).toBe('map');
  });

  it('writes the state back next to the view and leaves out what is empty', () => {
    const written = withMapUrlState(params('lat=49.45&lng=8.6&z=10&org=x'), {
      filter: {
        ...EMPTY_FILTER,
        offers: ['donations'],
        near: { lat: 49.487512345, lng: 8.466, radiusKm: 10, label: '68159 Mannheim' },
      },
      selected: null,
      mode: 'map',
      regions: false,
    });
    expect(written.toString()).toBe(
      'lat=49.45&lng=8.6&z=10&offers=donations&near=49.48751%2C8.466%2C10&place=68159+Mannheim',
    );
    // Reading what was written gives the same state.
    expect(parseMapUrlState(written).filter.offers).toEqual(['donations']);
  });

  it('turns the filter into the API input and counts what is set', () => {
    const filter = {
      ...EMPTY_FILTER,
      kinds: ['KMU' as const],
      themes: ['climate', 'energy-transition'],
      text: '  Tafel ',
      near: { lat: 50, lng: 9, radiusKm: 5, label: 'x' },
    };
    expect(toFilterInput(filter)).toEqual({
      kinds: ['KMU'],
      themes: ['climate', 'energy-transition'],
      text: 'Tafel',
      near: { location: { lat: 50, lng: 9 }, radiusKm: 5 },
    });
    expect(toFilterInput(EMPTY_FILTER)).toEqual({});
    expect(activeFilterCount(filter)).toBe(5);
  });
});
