import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { MapIndex, MapIndexBuilder } from './index/map-index';
import { forEachPackedRecord, MapRepository } from './map.repository';

/** Slots per load statement (≈ 3 MB packed). */
const LOAD_BATCH = 65_536;
/** More changed rows than this since the last poll: load everything again instead. */
const MAX_CHANGES_PER_POLL = 50_000;
/** Sort the unsorted tail into the base once it holds this many entries. */
const MAX_DELTA = 20_000;

export interface MapIndexOptions {
  /** How often to look for changed points (ms). */
  pollIntervalMs: number;
  /** How long a query waits for the index while it loads (ms). */
  readyTimeoutMs: number;
}

export const DEFAULT_MAP_INDEX_OPTIONS: MapIndexOptions = {
  pollIntervalMs: 1_000,
  readyTimeoutMs: 20_000,
};

export type MapIndexStatus = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * Owns this API instance's in-memory map index: loads `map_point` after start-up (in the
 * background: `/health` answers at once), then follows changes by polling the rows written by
 * transactions that were not yet finished at the previous poll (`changed_xid` ≥ the previous
 * snapshot's xmin), so no commit is ever missed, whatever the commit order. Every instance does
 * this on its own: several instances stay correct without coordinating.
 */
@Injectable()
export class MapIndexService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('MapIndex');
  private index: MapIndex | null = null;
  private loading: Promise<MapIndex> | null = null;
  private xmin = '0';
  private generation = '0';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;
  private failures = 0;
  private version = 0;
  private options: MapIndexOptions = DEFAULT_MAP_INDEX_OPTIONS;
  status: MapIndexStatus = 'idle';

  constructor(private readonly repository: MapRepository) {}

  configure(options: Partial<MapIndexOptions>): void {
    this.options = { ...this.options, ...options };
  }

  onApplicationBootstrap(): void {
    // Writing the schema builds the app without a database.
    if (this.repository.connected) void this.start();
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /** Increases whenever the indexed data changes (text match caches compare it). */
  get dataVersion(): number {
    return this.version;
  }

  get size(): number {
    return this.index?.size ?? 0;
  }

  /** Starts loading (again); queries wait for it. */
  start(): Promise<MapIndex> {
    this.status = 'loading';
    const loading = this.load().then(
      (index) => {
        this.index = index;
        this.version++;
        this.status = 'ready';
        this.failures = 0;
        this.schedulePoll();
        return index;
      },
      (error: unknown) => {
        this.status = 'failed';
        this.logger.error({ err: error }, 'Loading the map index failed; retrying in 5 s');
        if (!this.stopped) this.timer = setTimeout(() => void this.start(), 5_000).unref();
        throw error;
      },
    );
    loading.catch(() => undefined);
    this.loading = loading;
    return loading;
  }

  /**
   * The index, once loaded; waits while it loads (at most `readyTimeoutMs`).
   * @returns null when it is not ready in time
   */
  async ready(): Promise<MapIndex | null> {
    if (this.index) return this.index;
    if (!this.loading) return null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), this.options.readyTimeoutMs);
    });
    try {
      return await Promise.race([this.loading.catch(() => null), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async load(): Promise<MapIndex> {
    const started = Date.now();
    // Changes by transactions from this xmin on are polled later, so none is lost.
    const xmin = await this.repository.snapshotXmin();
    const generation = await this.repository.generation();
    const maxSlot = await this.repository.maxSlot();
    let builder = new MapIndexBuilder(maxSlot);
    let via = 'copy';
    try {
      await this.repository.copyLive((record) => builder.add(record));
    } catch (error) {
      // E.g. the embedded database, whose socket server does not stream COPY: read in batches.
      this.logger.warn({ err: error }, 'Binary COPY failed; loading the map index in batches');
      via = 'batches';
      builder = new MapIndexBuilder(maxSlot);
      for (let after = 0; after < maxSlot; after += LOAD_BATCH) {
        if (this.stopped) break;
        const packed = await this.repository.loadRange(after, after + LOAD_BATCH);
        forEachPackedRecord(packed, (record) => builder.add(record));
      }
    }
    const index = builder.build();
    this.xmin = xmin;
    this.generation = generation;
    this.logger.log(
      {
        points: index.size,
        via,
        ms: Date.now() - started,
        indexMb: Math.round(index.bytes / 1_048_576),
        rssMb: Math.round(process.memoryUsage().rss / 1_048_576),
      },
      'Map index loaded',
    );
    return index;
  }

  private schedulePoll(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.poll(), this.options.pollIntervalMs);
    this.timer.unref();
  }

  /** Applies what changed since the last poll; a flood of changes loads everything again. */
  async poll(): Promise<void> {
    const index = this.index;
    if (!index || this.stopped) return;
    try {
      const next = await this.repository.snapshotXmin();
      const rebuilt = (await this.repository.generation()) !== this.generation;
      const changes = rebuilt
        ? []
        : await this.repository.changedSince(this.xmin, MAX_CHANGES_PER_POLL + 1);
      if (rebuilt || changes.length > MAX_CHANGES_PER_POLL) {
        this.logger.log(
          { changes: changes.length, rebuilt },
          'The map data was rewritten or changed a lot: loading the index again',
        );
        this.index = await this.load();
        this.version++;
      } else {
        if (changes.length > 0) {
          index.apply(changes);
          if (index.deltaSize > MAX_DELTA) index.compact();
          this.version++;
        }
        this.xmin = next;
      }
      if (this.failures > 0) this.logger.log('Following map changes again');
      this.failures = 0;
    } catch (error) {
      // E.g. the database is unreachable: keep the last state and try again.
      if (this.failures++ === 0) {
        this.logger.warn({ err: error }, 'Could not read map changes; retrying');
      }
    } finally {
      this.schedulePoll();
    }
  }
}
