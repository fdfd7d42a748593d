import { writeFileSync } from 'node:fs';
import { MatchRepository, rankingQuery } from '@bs/api/matching';
import { availableOffers, counterpartKeys, matchFiltersOf, MATCH_PAGE } from '@bs/domain';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { it } from 'vitest';

it('dump', async () => {
  const url = 'postgres://postgres@127.0.0.1:5432/bs_bench';
  const admin = new Client({ connectionString: url });
  await admin.connect();
  const ds = new DataSource({ type: 'postgres', url });
  await ds.initialize();
  const repo = new MatchRepository(ds);
  const out: string[] = [];
  for (const [lat, lng, kind] of [
    [52.52, 13.405, 'ZO'],
    [52.52, 13.405, 'KMU'],
    [53.316, 13.863, 'ZO'],
  ] as const) {
    const { rows } = await admin.query(
      `SELECT organisation_id AS id FROM match_profile WHERE kind = $3 ORDER BY location <-> ST_SetSRID(ST_MakePoint($1, $2), 4326)::geography LIMIT 1`,
      [lng, lat, kind],
    );
    const s = (await repo.searchers([rows[0].id])).get(rows[0].id)!;
    const side = s.side!;
    const filters = matchFiltersOf({ topics: null });
    const { sql, params } = rankingQuery({
      searcher: side,
      searcherOffers: availableOffers(side),
      location: s.location!,
      radiusKm: side.radiusKm,
      onlyVerified: false,
      startWithinDays: null,
      minGroupSize: null,
      filters,
      keys: counterpartKeys(side, filters.topics),
      perTopicLimit: 100,
      limit: MATCH_PAGE.default,
      offset: 0,
    });
    const lit = sql.replace(/\$(\d+)::/g, (_, i) => {
      const v = params[Number(i) - 1];
      return (
        (v === null
          ? 'NULL'
          : Array.isArray(v)
            ? `'{${v.join(',')}}'`
            : typeof v === 'string'
              ? `'${v}'`
              : String(v)) + '::'
      );
    });
    out.push(
      `-- ${kind} ${lat} keys=${counterpartKeys(side, filters.topics).length} radius=${side.radiusKm}\n${lit};`,
    );
  }
  writeFileSync('/tmp/ranking.sql', out.join('\n\n'));
  await ds.destroy();
  await admin.end();
}, 120000);
