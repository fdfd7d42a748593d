import {
  MATCH_PROFILE_COLUMNS,
  MATCH_TOPIC_COLUMNS,
  matchProfileValues,
  matchTopicValues,
} from '@bs/api/profiles';
import type { SyntheticRecord } from './synthetic-records';

/**
 * Rows in PostgreSQL's COPY text format (tab-separated, `\N` for NULL, backslash escapes), one
 * builder per table. The match index rows come from the same functions `MatchIndexWriter`
 * uses (`matchProfileValues`, `matchTopicValues`), so a rebuild writes identical rows.
 */

const NULL = '\\N';

/** Escapes a text value for COPY text format. */
const SPECIAL = /[\\\t\n\r]/;

export function copyText(value: string | null): string {
  if (value === null) return NULL;
  // Almost every value needs no escaping: skip the replace (millions of calls per load).
  if (!SPECIAL.test(value)) return value;
  return value.replace(/[\\\t\n\r]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
  );
}

function copyValue(value: unknown): string {
  if (value === null || value === undefined) return NULL;
  if (typeof value === 'string') return copyText(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Cannot copy the number ${value}`);
    // The shortest representation that reads back as the same double.
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return copyText(arrayLiteral(value as unknown[]));
  return copyText(JSON.stringify(value));
}

/** A PostgreSQL array literal with every element quoted. */
export function arrayLiteral(values: readonly unknown[]): string {
  const items = values.map((v) =>
    typeof v === 'number' ? String(v) : `"${String(v).replace(/["\\]/g, (c) => `\\${c}`)}"`,
  );
  return `{${items.join(',')}}`;
}

function line(values: readonly unknown[]): string {
  return values.map(copyValue).join('\t') + '\n';
}

/** A point as hex EWKB with SRID 4326: the cheapest form for PostGIS to parse. */
export function pointHex(lng: number, lat: number): string {
  const buffer = Buffer.allocUnsafe(25);
  buffer.writeUInt8(1, 0); // little endian
  buffer.writeUInt32LE(0x20000001, 1); // point with SRID
  buffer.writeUInt32LE(4326, 5);
  buffer.writeDoubleLE(lng, 9);
  buffer.writeDoubleLE(lat, 17);
  return buffer.toString('hex');
}

export interface CopyTable {
  readonly table: string;
  readonly columns: readonly string[];
  /** Lines of one record (empty when the record has none for this table). */
  rows(record: SyntheticRecord, location: string): string;
}

export const ORGANISATION_COPY: CopyTable = {
  table: 'organisation',
  columns: [
    'id',
    'kind',
    'name',
    'legal_form',
    'description',
    'website',
    'street',
    'postcode',
    'city',
    'location',
    'district_key',
    'land_key',
    'employee_band',
    'volunteer_band',
    'staff_band',
    'wz_section',
    'engagement_field',
    'created_at',
    'updated_at',
  ],
  rows({ organisation: o, registeredAt }, location) {
    return line([
      o.id,
      o.kind,
      o.name,
      o.legalForm,
      o.description,
      o.website,
      o.street,
      o.postcode,
      o.city,
      location,
      o.districtKey,
      o.landKey,
      o.employeeBand,
      o.volunteerBand,
      o.staffBand,
      o.wzSection,
      o.engagementField,
      registeredAt,
      registeredAt,
    ]);
  },
};

export const INTERMEDIARY_DISTRICT_COPY: CopyTable = {
  table: 'intermediary_district',
  columns: ['organisation_id', 'district_key'],
  rows: ({ organisation, servedDistricts }) =>
    servedDistricts.map((key) => line([organisation.id, key])).join(''),
};

export const ASSESSMENT_COPY: CopyTable = {
  table: 'assessment',
  columns: [
    'id',
    'organisation_id',
    'template',
    'version',
    'status',
    'answers',
    'completed_at',
    'created_at',
    'updated_at',
  ],
  rows: ({ organisation, check }) =>
    check
      ? line([
          check.assessmentId,
          organisation.id,
          check.version.template.code,
          check.version.version,
          'COMPLETED',
          JSON.stringify(check.answers),
          check.completedAt,
          check.createdAt,
          check.completedAt,
        ])
      : '',
};

export const PROFILE_COPY: CopyTable = {
  table: 'profile',
  columns: [
    'organisation_id',
    'radius_km',
    'require_verified',
    'assessment_id',
    'check_template',
    'check_version',
    'derived_at',
    'ratings',
    'readiness',
    'last_changes',
    'created_at',
    'updated_at',
  ],
  rows: ({ organisation, check }) =>
    check
      ? line([
          organisation.id,
          check.radiusKm,
          check.requireVerified,
          check.assessmentId,
          check.version.template.code,
          check.version.version,
          check.completedAt,
          check.ratings,
          check.readiness,
          '[]',
          check.completedAt,
          check.completedAt,
        ])
      : '',
};

export const PROFILE_ENTRY_COPY: CopyTable = {
  table: 'profile_entry',
  columns: [
    'organisation_id',
    'category',
    'code',
    'direction',
    'from_check',
    'examples',
    'capacity_per_year',
    'lead_time_days',
    'group_size',
    'verified_by_organisation_id',
    'verified_at',
    'created_at',
    'updated_at',
  ],
  rows: ({ organisation, check }) =>
    (check?.entries ?? [])
      .map((e) =>
        line([
          organisation.id,
          e.category,
          e.code,
          e.direction,
          true,
          e.examples,
          e.capacityPerYear,
          e.leadTimeDays,
          e.groupSize,
          e.verifiedByOrganisationId,
          e.verifiedAt,
          check?.completedAt,
          e.verifiedAt ?? check?.completedAt,
        ]),
      )
      .join(''),
};

export const MATCH_PROFILE_COPY: CopyTable = {
  table: 'match_profile',
  columns: [...MATCH_PROFILE_COLUMNS, 'location'],
  rows: ({ check }, location) =>
    check ? line([...matchProfileValues(check.indexed), location]) : '',
};

export const MATCH_TOPIC_COPY: CopyTable = {
  table: 'match_topic',
  columns: [...MATCH_TOPIC_COLUMNS, 'location'],
  rows: ({ check }, location) =>
    check
      ? matchTopicValues(check.indexed)
          .map((values) => line([...values, location]))
          .join('')
      : '',
};

/** The tables the synthetic data fills, in dependency order. */
export const COPY_TABLES: readonly CopyTable[] = [
  ORGANISATION_COPY,
  INTERMEDIARY_DISTRICT_COPY,
  ASSESSMENT_COPY,
  PROFILE_COPY,
  PROFILE_ENTRY_COPY,
  MATCH_PROFILE_COPY,
  MATCH_TOPIC_COPY,
];
