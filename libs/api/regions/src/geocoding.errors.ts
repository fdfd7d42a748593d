import { ApiError } from '@bs/api/graphql';

export class InvalidPostcodeError extends ApiError {
  constructor(postcode: string) {
    super(
      'BAD_USER_INPUT',
      'regions.invalidPostcode',
      `"${postcode}" is not a German postcode (five digits)`,
      { fields: [{ field: 'postcode', messageKey: 'regions.invalidPostcode' }] },
    );
  }
}

export class UnknownPostcodeError extends ApiError {
  constructor(postcode: string) {
    super('BAD_USER_INPUT', 'regions.unknownPostcode', `Unknown postcode ${postcode}`, {
      fields: [{ field: 'postcode', messageKey: 'regions.unknownPostcode' }],
    });
  }
}

/** The offline geodata has not been imported (GEO_DATA_DIR missing at start). */
export class GeodataUnavailableError extends ApiError {
  constructor() {
    super(
      'NOT_FOUND',
      'regions.geodataUnavailable',
      'Offline geodata has not been imported: set GEO_DATA_DIR and run `nx run api:geo-import`',
    );
  }
}
