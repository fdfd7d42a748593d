import { ApiError } from '@bs/api/graphql';

/** The map index of this API instance is still being loaded (after a start). */
export class MapIndexLoadingError extends ApiError {
  constructor() {
    super(
      'UNAVAILABLE',
      'map.errors.loading',
      'The map is still being prepared on this server; try again in a few seconds',
    );
  }
}

/** A district filter names no district. */
export class UnknownDistrictError extends ApiError {
  constructor(key: string) {
    super('BAD_USER_INPUT', 'map.errors.unknownDistrict', `Unknown district ${key}`, {
      fields: [{ field: 'filter.districtKey', messageKey: 'map.errors.unknownDistrict' }],
    });
  }
}

/** A text filter or search matched so much that it would take too long: be more specific. */
export class TextTooBroadError extends ApiError {
  constructor(field: string) {
    super(
      'BAD_USER_INPUT',
      'map.errors.textTooBroad',
      'The text matches too many organisations; please be more specific',
      { fields: [{ field, messageKey: 'map.errors.textTooBroad' }] },
    );
  }
}
