import type { OrganisationKind } from '@bs/domain';
import { Injectable } from '@nestjs/common';
import { to as copyTo } from 'pg-copy-streams';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { DataSource, type EntityManager } from 'typeorm';
import { cellOf, morton } from './index/map-grid';
import type { KindCode, MapPointRecord } from './index/map-index';
import { visibilityFlags } from './index/map-visibility';

/**
 * One `map_point` row packed into 48 bytes (big-endian, as PostgreSQL's `*send` functions
 * write): slot int4, deleted int2, kind int2, district int2, visibility int2, offers, seeks,
 * themes, attributes, verified_attributes int4, lng, lat float8. Packing rows into one bytea per
 * batch makes loading millions of rows a matter of seconds, on PGlite as on a server.
 */
export const PACKED_RECORD_BYTES = 48;
const PACKED_RECORD = `
  int4send(slot) || int2send(deleted::int::int2)
  || int2send((CASE kind WHEN 'ZO' THEN 0 WHEN 'KMU' THEN 1 ELSE 2 END)::int2)
  || int2send(district) || int2send(visibility) || int4send(offers) || int4send(seeks)
  || int4send(themes) || int4send(attributes) || int4send(verified_attributes)
  || float8send(lng) || float8send(lat)`;

/**
 * Calls `visit` with each packed `map_point` row as an index record. The record object is
 * reused between calls: copy what you keep.
 */
export function forEachPackedRecord(
  packed: Buffer | null,
  visit: (record: MapPointRecord) => void,
): void {
  if (!packed) return;
  const record: MapPointRecord = {
    slot: 0,
    deleted: false,
    kind: 0,
    code: 0,
    district: 0,
    flags: 0,
    offers: 0,
    seeks: 0,
    themes: 0,
    attributes: 0,
    verified: 0,
  };
  for (let at = 0; at + PACKED_RECORD_BYTES <= packed.length; at += PACKED_RECORD_BYTES) {
    const { x, y } = cellOf(packed.readDoubleBE(at + 32), packed.readDoubleBE(at + 40));
    record.slot = packed.readInt32BE(at);
    record.deleted = packed.readInt16BE(at + 4) !== 0;
    record.kind = packed.readInt16BE(at + 6) as KindCode;
    record.district = packed.readInt16BE(at + 8);
    record.flags = visibilityFlags(packed.readInt16BE(at + 10));
    record.offers = packed.readInt32BE(at + 12);
    record.seeks = packed.readInt32BE(at + 16);
    record.themes = packed.readInt32BE(at + 20);
    record.attributes = packed.readInt32BE(at + 24);
    record.verified = packed.readInt32BE(at + 28);
    record.code = morton(x, y);
    visit(record);
  }
}

/** The columns of `map_point` in the order `COPY_LIVE_POINTS` sends them. */
const COPY_COLUMNS = `slot, deleted::int::int2, (CASE kind WHEN 'ZO' THEN 0 WHEN 'KMU' THEN 1 ELSE 2 END)::int2,
  district, visibility, offers, seeks, themes, attributes, verified_attributes, lng, lat`;
const COPY_FIELD_BYTES = [4, 2, 2, 2, 2, 4, 4, 4, 4, 4, 8, 8];
/** Bytes of one tuple in PostgreSQL's binary COPY format: field count, then length + value each. */
const COPY_TUPLE_BYTES = 2 + COPY_FIELD_BYTES.reduce((sum, n) => sum + 4 + n, 0);
const COPY_HEADER_BYTES = 19;

/**
 * Reads the binary COPY stream of `COPY_COLUMNS` (all fixed-size and not null) and calls
 * `visit` with each row as an index record (the record object is reused).
 */
export async function forEachCopiedRecord(
  stream: AsyncIterable<Buffer>,
  visit: (record: MapPointRecord) => void,
): Promise<number> {
  const record: MapPointRecord = {
    slot: 0,
    deleted: false,
    kind: 0,
    code: 0,
    district: 0,
    flags: 0,
    offers: 0,
    seeks: 0,
    themes: 0,
    attributes: 0,
    verified: 0,
  };
  let pending: Buffer = Buffer.alloc(0);
  let headerRead = false;
  let rows = 0;
  for await (const chunk of stream) {
    let data = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk;
    if (!headerRead) {
      if (data.length < COPY_HEADER_BYTES) {
        pending = data;
        continue;
      }
      if (data.toString('latin1', 0, 6) !== 'PGCOPY') throw new Error('Not a binary COPY stream');
      data = data.subarray(COPY_HEADER_BYTES + data.readInt32BE(15));
      headerRead = true;
    }
    let at = 0;
    while (data.length - at >= 2) {
      const fields = data.readInt16BE(at);
      if (fields === -1) return rows;
      if (fields !== COPY_FIELD_BYTES.length) throw new Error(`Unexpected COPY tuple of ${fields}`);
      if (data.length - at < COPY_TUPLE_BYTES) break;
      // Each value follows its 4-byte length; all lengths are fixed here.
      const v = at + 2 + 4;
      const { x, y } = cellOf(data.readDoubleBE(v + 72), data.readDoubleBE(v + 84));
      record.slot = data.readInt32BE(v);
      record.deleted = data.readInt16BE(v + 8) !== 0;
      record.kind = data.readInt16BE(v + 14) as KindCode;
      record.district = data.readInt16BE(v + 20);
      record.flags = visibilityFlags(data.readInt16BE(v + 26));
      record.offers = data.readInt32BE(v + 32);
      record.seeks = data.readInt32BE(v + 40);
      record.themes = data.readInt32BE(v + 48);
      record.attributes = data.readInt32BE(v + 56);
      record.verified = data.readInt32BE(v + 64);
      record.code = morton(x, y);
      visit(record);
      rows++;
      at += COPY_TUPLE_BYTES;
    }
    pending = data.subarray(at);
  }
  return rows;
}

/** Decodes packed `map_point` rows into (separate) index records. */
export function decodeRecords(packed: Buffer | null): MapPointRecord[] {
  const records: MapPointRecord[] = [];
  forEachPackedRecord(packed, (record) => records.push({ ...record }));
  return records;
}

/** An organisation as the map shows it one by one. */
export interface MapOrganisationRow {
  slot: number;
  id: string;
  kind: OrganisationKind;
  name: string;
  postcode: string;
  city: string;
  lat: number;
  lng: number;
}

export interface PlaceRow {
  postcode: string;
  place: string;
  lat: number;
  lng: number;
  district_name: string | null;
}

/** PostgreSQL's error code for a statement cancelled by `statement_timeout`. */
const QUERY_CANCELED = '57014';

export class StatementTimeoutError extends Error {
  constructor() {
    super('The statement took too long');
    this.name = 'StatementTimeoutError';
  }
}

/** Slots packed by `string_agg(int4send(slot), '')` (4 bytes each, big-endian). */
function unpackSlots(packed: Buffer | null): Int32Array {
  const slots = new Int32Array(packed ? packed.length / 4 : 0);
  for (let i = 0; i < slots.length; i++) slots[i] = packed?.readInt32BE(i * 4) ?? 0;
  return slots;
}

/** SQL of the map: loading and following `map_point`, hydrating points, text and places. */
@Injectable()
export class MapRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Whether the application's connection is up (not, e.g., while writing the schema). */
  get connected(): boolean {
    return this.dataSource.isInitialized;
  }

  /**
   * The oldest transaction still running anywhere (as a bigint string): every change by an
   * older transaction is visible to statements started from now on.
   */
  async snapshotXmin(): Promise<string> {
    const [row] = await this.dataSource.query<{ xmin: string }[]>(
      `SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin`,
    );
    return row?.xmin ?? '0';
  }

  /** Increases when `map_point` was written anew (see the migration MapBulkLoads). */
  async generation(): Promise<string> {
    const [row] = await this.dataSource.query<{ generation: string }[]>(
      `SELECT generation::text AS generation FROM map_generation`,
    );
    return row?.generation ?? '0';
  }

  async maxSlot(): Promise<number> {
    const [row] = await this.dataSource.query<{ max: number }[]>(
      `SELECT coalesce(max(slot), 0)::int AS max FROM map_point`,
    );
    return row?.max ?? 0;
  }

  /**
   * Streams every live row with PostgreSQL's binary COPY (the fastest way to read millions of
   * rows) to `visit`; returns the number of rows.
   */
  async copyLive(visit: (record: MapPointRecord) => void): Promise<number> {
    const driver = this.dataSource.driver as PostgresDriver;
    const [client, release] = (await driver.obtainMasterConnection()) as [
      { query: <T>(query: T) => T },
      (error?: unknown) => void,
    ];
    let failure: unknown;
    try {
      const stream = client.query(
        copyTo(
          `COPY (SELECT ${COPY_COLUMNS} FROM map_point WHERE NOT deleted) TO STDOUT (FORMAT binary)`,
        ),
      );
      return await forEachCopiedRecord(stream, visit);
    } catch (error) {
      failure = error;
      throw error;
    } finally {
      // A connection whose COPY failed half-way is not given back to the pool.
      release(failure);
    }
  }

  /** Live rows with slot in (after, upTo], packed (see `forEachPackedRecord`). */
  async loadRange(after: number, upTo: number): Promise<Buffer | null> {
    const [row] = await this.dataSource.query<{ packed: Buffer | null }[]>(
      `SELECT string_agg(${PACKED_RECORD}, ''::bytea) AS packed
         FROM map_point WHERE slot > $1 AND slot <= $2 AND NOT deleted`,
      [after, upTo],
    );
    return row?.packed ?? null;
  }

  /** Rows written by transactions from `xmin` on (deleted ones too), at most `limit`. */
  async changedSince(xmin: string, limit: number): Promise<MapPointRecord[]> {
    const [row] = await this.dataSource.query<{ packed: Buffer | null }[]>(
      `SELECT string_agg(${PACKED_RECORD}, ''::bytea) AS packed
         FROM (SELECT * FROM map_point WHERE changed_xid >= $1::bigint LIMIT $2) AS changed`,
      [xmin, limit],
    );
    return decodeRecords(row?.packed ?? null);
  }

  /**
   * The public map fields of the organisations behind the given slots (any order), from
   * `map_point` alone: it is stored in spatial order, so one viewport's rows share few pages.
   */
  async organisations(slots: readonly number[]): Promise<MapOrganisationRow[]> {
    if (slots.length === 0) return [];
    return this.dataSource.query<MapOrganisationRow[]>(
      `SELECT slot, organisation_id AS id, kind, name, postcode, city, lat, lng
         FROM map_point
        WHERE slot = ANY ($1::int[]) AND NOT deleted`,
      [slots],
    );
  }

  /**
   * Slots whose text document matches a `to_tsquery('german', …)` expression, at most
   * `limit`; cancelled after `timeoutMs`.
   * @throws StatementTimeoutError when the query takes longer
   */
  async textMatches(tsquery: string, limit: number, timeoutMs: number): Promise<Int32Array> {
    return this.textLookup(timeoutMs, async (manager) => {
      const [row] = await manager.query<{ packed: Buffer | null }[]>(
        `SELECT string_agg(int4send(slot), ''::bytea) AS packed
           FROM (SELECT slot FROM map_text WHERE document @@ to_tsquery('german', $1)
                  LIMIT $2) AS matched`,
        [tsquery, limit],
      );
      return unpackSlots(row?.packed ?? null);
    });
  }

  /**
   * Per stem of the words, the slots whose document has a word starting with it, from
   * `map_word` (an index-only range scan). The stems are those `to_tsquery('german', 'word:*')`
   * would search for; words without one (stop words) are left out, as `to_tsquery` leaves them
   * out. Null when no word has a stem (a query of stop words matches nothing). At most `limit`
   * slots per stem; cancelled after `timeoutMs`.
   * @throws StatementTimeoutError when the query takes longer
   */
  async wordMatches(
    words: readonly string[],
    limit: number,
    timeoutMs: number,
  ): Promise<Int32Array[] | null> {
    return this.textLookup(timeoutMs, async (manager) => {
      const rows = await manager.query<{ packed: Buffer | null }[]>(
        `SELECT (SELECT string_agg(int4send(m.slot), ''::bytea)
                   FROM (SELECT w.slot FROM map_word w
                          WHERE w.word >= s.stem AND w.word < s.stem || chr(1114111)
                          LIMIT $2) AS m) AS packed
           FROM unnest($1::text[]) AS q(word),
                unnest(tsvector_to_array(to_tsvector('german', q.word))) AS s(stem)`,
        [words, limit],
      );
      return rows.length === 0 ? null : rows.map(({ packed }) => unpackSlots(packed));
    });
  }

  /**
   * Runs a text lookup in a transaction of its own, cancelled after `timeoutMs` (the
   * connections have no JIT: `SERVER_SESSION_OPTIONS`).
   * @throws StatementTimeoutError when it takes longer
   */
  private async textLookup<T>(
    timeoutMs: number,
    lookup: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        await manager.query(`SET LOCAL statement_timeout = ${Math.round(timeoutMs)}`);
        return lookup(manager);
      });
    } catch (error) {
      if ((error as { code?: string }).code === QUERY_CANCELED) throw new StatementTimeoutError();
      throw error;
    }
  }

  async districtExists(key: string): Promise<boolean> {
    const [row] = await this.dataSource.query<{ present: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM district WHERE key = $1) AS present`,
      [key],
    );
    return row?.present ?? false;
  }

  /** Postcodes starting with the digits, lowest first (large-customer codes left out). */
  async postcodes(digits: string, limit: number): Promise<PlaceRow[]> {
    return this.dataSource.query<PlaceRow[]>(
      `SELECT p.postcode, p.place, ST_Y(p.location::geometry) AS lat,
              ST_X(p.location::geometry) AS lng, d.name AS district_name
         FROM postcode p LEFT JOIN district d ON d.key = p.district_key
        WHERE NOT p.large_customer AND p.postcode LIKE $1 || '%'
        ORDER BY p.postcode
        LIMIT $2`,
      [digits.replace(/\D/g, ''), limit],
    );
  }

  /**
   * Places whose name starts with the text (any of a postcode's place names): the exact name
   * first, then larger places (more postcodes); each at the mean of its postcodes' locations.
   */
  async places(text: string, limit: number): Promise<PlaceRow[]> {
    return this.dataSource.query<PlaceRow[]>(
      `SELECT min(p.postcode) AS postcode, n.name AS place,
              avg(ST_Y(p.location::geometry)) AS lat, avg(ST_X(p.location::geometry)) AS lng,
              min(d.name) AS district_name
         FROM postcode p
        CROSS JOIN LATERAL unnest(p.place || p.places) AS n(name)
         LEFT JOIN district d ON d.key = p.district_key
        WHERE NOT p.large_customer AND lower(n.name) LIKE lower($1) || '%'
        GROUP BY n.name
        ORDER BY lower(n.name) = lower($1) DESC, count(*) DESC, n.name
        LIMIT $2`,
      [text.replace(/[\\%_]/g, (c) => `\\${c}`), limit],
    );
  }
}
