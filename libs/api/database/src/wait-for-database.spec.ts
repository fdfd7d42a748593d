import { createServer, connect, type Server, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestDatabase, type TestDatabase } from './testing/test-database';
import { DatabaseUnreachableError, waitForDatabase } from './wait-for-database';

/** A TCP port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('waitForDatabase', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await startTestDatabase();
  });
  afterAll(() => db.stop());

  it('gives up with a clear error after the timeout, logging each retry with its delay', async () => {
    const port = await closedPort();
    const logs: { attempt: number; delayMs?: number; error?: string }[] = [];
    const url = `postgres://postgres:secret@127.0.0.1:${port}/postgres`;
    let slept = 0;
    const failure = waitForDatabase({
      url,
      timeoutMs: 1_000,
      initialDelayMs: 100,
      log: (entry) => logs.push(entry),
      now: () => slept,
      sleep: (ms) => {
        slept += ms;
        return Promise.resolve();
      },
    }).catch((e: unknown) => e);
    const error = await failure;
    expect(error).toBeInstanceOf(DatabaseUnreachableError);
    expect((error as Error).message).toContain('ECONNREFUSED');
    expect((error as Error).message).not.toContain('secret');
    expect(logs.map((l) => l.delayMs)).toEqual([100, 200, 400]);
    expect(slept).toBe(700);
  });

  it('connects once the database becomes reachable', async () => {
    const target = new URL(db.url);
    const port = await closedPort();
    let proxy: Server | undefined;
    const attempts: number[] = [];
    await waitForDatabase({
      url: `postgres://${target.username}:${decodeURIComponent(target.password)}@127.0.0.1:${port}${target.pathname}`,
      timeoutMs: 10_000,
      initialDelayMs: 10,
      log: (entry) => attempts.push(entry.attempt),
      sleep: async () => {
        if (attempts.length < 2 || proxy) return;
        // The "database comes back" after the second failed attempt.
        proxy = createServer((socket) => {
          const upstream = connect(Number(target.port), target.hostname);
          socket.pipe(upstream).pipe(socket);
          socket.on('error', () => upstream.destroy());
          upstream.on('error', () => socket.destroy());
        });
        await new Promise<void>((resolve) => proxy?.listen(port, '127.0.0.1', resolve));
      },
    });
    proxy?.close();
    expect(attempts).toEqual([1, 2, 3]);
  });
});
