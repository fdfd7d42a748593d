import { startTestDatabase, type TestDatabase } from '@bs/api/database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import {
  apiMain,
  databaseEnv,
  freePort,
  graphql,
  startApi,
  workspaceRoot,
  type ApiProcess,
} from '../support/api-process';
import { TcpProxy, viaProxy } from '../support/tcp-proxy';

async function waitForStatus(url: string, status: number, timeoutMs = 30_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let last = 0;
  while (Date.now() < deadline) {
    last = await fetch(url).then(
      (r) => r.status,
      () => 0,
    );
    if (last === status) return last;
    await new Promise((r) => setTimeout(r, 250));
  }
  return last;
}

describe('database faults', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await startTestDatabase();
  });
  afterAll(() => db?.stop());

  describe('when the database goes away while the API runs', () => {
    let proxy: TcpProxy;
    let api: ApiProcess;
    beforeAll(async () => {
      const target = new URL(db.url);
      proxy = await TcpProxy.start(target.hostname, Number(target.port));
      api = await startApi({
        ...databaseEnv(db),
        DATABASE_URL: viaProxy(db.url, proxy),
        SEED_DEMO: 'false',
      });
    });
    afterAll(async () => {
      await api?.stop();
      await proxy?.cut();
    });

    it('reports 503 on /health, keeps running, and recovers without a restart', async () => {
      expect(await waitForStatus(`${api.baseUrl}/health`, 200)).toBe(200);
      const pid = api.child.pid;

      await proxy.cut();
      expect(await waitForStatus(`${api.baseUrl}/health`, 503)).toBe(503);
      const body = (await (await fetch(`${api.baseUrl}/health`)).json()) as { status: string };
      expect(body.status).toBe('error');
      // GraphQL still answers (with an error), the process stays up.
      const during = await graphql(
        api.baseUrl,
        '{ organisations(bounds:{south:49,west:8,north:50,east:9}) { id } }',
      );
      expect(during.body.errors?.length).toBeGreaterThan(0);
      expect(api.child.exitCode).toBeNull();

      await proxy.restore();
      expect(await waitForStatus(`${api.baseUrl}/health`, 200)).toBe(200);
      const after = await graphql<{ organisations: unknown[] }>(
        api.baseUrl,
        '{ organisations(bounds:{south:49,west:8,north:50,east:9}) { id } }',
      );
      expect(after.body.errors).toBeUndefined();
      expect(api.child.pid).toBe(pid);
      expect(api.child.exitCode).toBeNull();
    });
  });

  it('retries with backoff at start and comes up once the database is reachable', async () => {
    const target = new URL(db.url);
    const proxy = await TcpProxy.start(target.hostname, Number(target.port), { listening: false });
    const apiPort = await freePort();
    const child = spawn(process.execPath, [apiMain], {
      cwd: workspaceRoot,
      env: {
        PATH: process.env['PATH'] ?? '',
        ...databaseEnv(db),
        DATABASE_URL: viaProxy(db.url, proxy),
        PORT: String(apiPort),
        SEED_DEMO: 'false',
        TILE_URL: '',
      },
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    try {
      await new Promise((r) => setTimeout(r, 2_000));
      expect(output).toContain('not reachable; retrying');
      expect(output).toContain('ECONNREFUSED');
      expect(child.exitCode).toBeNull();
      await proxy.restore(); // the database arrives
      expect(await waitForStatus(`http://127.0.0.1:${apiPort}/health`, 200, 60_000)).toBe(200);
    } finally {
      child.kill('SIGTERM');
      if (child.exitCode === null) await new Promise((r) => child.once('exit', r));
      await proxy.cut();
    }
  });

  it('gives up after DB_CONNECT_TIMEOUT_SECONDS with a clear message and a non-zero exit', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [apiMain], {
      cwd: workspaceRoot,
      env: {
        PATH: process.env['PATH'] ?? '',
        DATABASE_URL: `postgres://postgres:hunter2@127.0.0.1:${port}/postgres`,
        DB_CONNECT_TIMEOUT_SECONDS: '2',
        PORT: String(await freePort()),
      },
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const code = await new Promise<number | null>((r) => child.once('exit', r));
    expect(code).toBe(1);
    expect(output).toMatch(/not reachable after \d+ attempts: ECONNREFUSED/);
    expect(output).not.toContain('hunter2');
  });
});
