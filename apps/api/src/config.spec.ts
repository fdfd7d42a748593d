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
      poolSize: 1,
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

  it('derives the public URL from the port and logs mails without an SMTP server by default', () => {
    const config = loadConfig({ PORT: '4000' });
    expect(config).toMatchObject({
      publicUrl: 'http://localhost:4000',
      smtpUrl: undefined,
      mailFrom: 'Brückenschlag <no-reply@brueckenschlag.local>',
      trustedOrigins: ['http://localhost:4200', 'http://localhost:4300'],
      rateLimits: {
        logIn: { limit: 5, ttlSeconds: 60 },
        signUp: { limit: 10, ttlSeconds: 3600 },
        passwordReset: { limit: 5, ttlSeconds: 3600 },
      },
      trustProxy: 0,
    });
    expect(loadConfig({ NODE_ENV: 'production' }).trustedOrigins).toEqual([]);
  });

  it('reads mail, public URL, trusted origins and rate limits', () => {
    const config = loadConfig({
      PUBLIC_URL: 'https://brueckenschlag.example/',
      TRUSTED_ORIGINS: 'https://admin.example, http://localhost:5173',
      SMTP_URL: 'smtps://user:secret@mail.example:465',
      MAIL_FROM: 'noreply@brueckenschlag.example',
      RATE_LIMIT_LOG_IN: '3/30',
      TRUST_PROXY: '1',
    });
    expect(config).toMatchObject({
      publicUrl: 'https://brueckenschlag.example',
      trustedOrigins: ['https://admin.example', 'http://localhost:5173'],
      smtpUrl: 'smtps://user:secret@mail.example:465',
      mailFrom: 'noreply@brueckenschlag.example',
      rateLimits: { logIn: { limit: 3, ttlSeconds: 30 } },
      trustProxy: 1,
    });
  });

  it('rejects bad mail, URL and rate-limit settings, never showing the SMTP URL', () => {
    expect(
      problems({
        PUBLIC_URL: 'ftp://files.example',
        TRUSTED_ORIGINS: 'https://ok.example,https://bad.example/path',
        SMTP_URL: 'http://user:secret@mail.example',
        MAIL_FROM: 'nobody',
        RATE_LIMIT_LOG_IN: 'five per minute',
        RATE_LIMIT_SIGN_UP: '0/60',
      }),
    ).toEqual([
      'PUBLIC_URL: must be an http:// or https:// URL (got "ftp://files.example")',
      'TRUSTED_ORIGINS: must be a comma-separated list of http(s) origins without paths (got "https://ok.example,https://bad.example/path")',
      'SMTP_URL: must be an smtp:// or smtps:// URL',
      'MAIL_FROM: must be an e-mail address, optionally as "Name <address>" (got "nobody")',
      'RATE_LIMIT_LOG_IN: must be <requests>/<seconds>, e.g. 5/60 (got "five per minute")',
      'RATE_LIMIT_SIGN_UP: must be <requests>/<seconds>, e.g. 5/60 (got "0/60")',
    ]);
  });
});
