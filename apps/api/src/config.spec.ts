import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

function problems(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env, '/srv/bs');
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('configuration', () => {
  it('has working defaults: embedded database, port 3000, demo data', () => {
    const config = loadConfig({}, '/srv/bs');
    expect(config).toMatchObject({
      production: false,
      port: 3000,
      databaseUrl: undefined,
      dataDir: '/srv/bs/.data',
      poolSize: 4,
      seedDemo: true,
      geoDataDir: '/srv/shared/data/geo',
    });
  });

  it('uses a larger pool for a PostgreSQL server', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/bs' }).poolSize).toBe(10);
  });

  it('names every bad variable with its value, one message each', () => {
    expect(
      problems({
        PORT: 'abc',
        NODE_ENV: 'staging',
        SEED_DEMO: 'maybe',
        DB_POOL_SIZE: '0',
        DATABASE_URL: 'mysql://root:secret@db/bs',
      }),
    ).toEqual([
      'NODE_ENV: must be development, production or test (got "staging")',
      'PORT: must be a whole number between 1 and 65535 (got "abc")',
      'DATABASE_URL: must be a postgres:// or postgresql:// URL',
      'DB_POOL_SIZE: must be at least 1 (got "0")',
      'SEED_DEMO: must be true or false (got "maybe")',
    ]);
  });

  it('rejects a port above 65535 and a tile URL without placeholders', () => {
    expect(problems({ PORT: '70000', TILE_URL: 'https://tiles.example/x.png' })).toEqual([
      'PORT: must be at most 65535 (got "70000")',
      'TILE_URL: must be empty or an http(s) URL template with {z}, {x} and {y} (got "https://tiles.example/x.png")',
    ]);
  });

  it('treats an empty TILE_URL as "no tile server" and other empty values as unset', () => {
    const config = loadConfig({ TILE_URL: '', PORT: '' });
    expect(config.tileUrl).toBe('');
    expect(config.port).toBe(3000);
  });
});
