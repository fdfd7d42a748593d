import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { apiMain, graphql, startApi, workspaceRoot } from '../support/api-process';

function runUntilExit(
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [apiMain], {
      cwd: workspaceRoot,
      env: { PATH: process.env['PATH'] ?? '', ...env },
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('start-up', () => {
  it('refuses invalid configuration with one message per bad variable and a non-zero exit', async () => {
    const { code, output } = await runUntilExit({
      PORT: 'eighty',
      NODE_ENV: 'staging',
      SEED_DEMO: 'perhaps',
    });
    expect(code).toBe(78);
    expect(output).toContain('Invalid configuration');
    expect(output).toContain('PORT: must be a whole number between 1 and 65535 (got "eighty")');
    expect(output).toContain('NODE_ENV: must be development, production or test (got "staging")');
    expect(output).toContain('SEED_DEMO: must be true or false (got "perhaps")');
  });

  describe('without DATABASE_URL', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'bs-start-'));
    afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

    it('starts the embedded database, seeds the demo region, and reuses the data on the next start', async () => {
      const first = await startApi({ DATA_DIR: dataDir }, 120_000);
      let firstIds: string[];
      try {
        expect(first.output()).toContain('Embedded PostgreSQL (PGlite + PostGIS) started');
        expect(first.output()).toContain('Seeded the demo region');
        const { body } = await graphql<{ organisations: { id: string }[] }>(
          first.baseUrl,
          '{ organisations(bounds:{south:47,west:5,north:56,east:16}) { id } }',
        );
        firstIds = (body.data?.organisations ?? []).map((o) => o.id).sort();
        expect(firstIds).toHaveLength(102);
      } finally {
        await first.stop();
      }

      const second = await startApi({ DATA_DIR: dataDir }, 60_000);
      try {
        expect(second.output()).not.toContain('Seeded the demo region');
        const started = second
          .output()
          .split('\n')
          .filter((l) => l.includes('Embedded PostgreSQL'))
          .map((l) => JSON.parse(l) as { startupMs: number })[0];
        // Reusing the data directory skips initdb and CREATE EXTENSION postgis.
        expect(started?.startupMs).toBeLessThan(15_000);
        const { body } = await graphql<{ organisations: { id: string }[] }>(
          second.baseUrl,
          '{ organisations(bounds:{south:47,west:5,north:56,east:16}) { id } }',
        );
        expect((body.data?.organisations ?? []).map((o) => o.id).sort()).toEqual(firstIds);
      } finally {
        await second.stop();
      }
    });
  });
});
