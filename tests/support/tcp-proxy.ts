import { connect, createServer, type Server, type Socket } from 'node:net';
import { freePort } from './api-process';

/**
 * A loopback TCP proxy in front of the database. `cut()` drops every connection and stops
 * listening, as if the database went away; `restore()` listens again on the same port.
 */
export class TcpProxy {
  private server?: Server;
  private readonly sockets = new Set<Socket>();

  private constructor(
    readonly port: number,
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  /** A proxy on a free port; `listening: false` starts it cut off (database not there yet). */
  static async start(
    targetHost: string,
    targetPort: number,
    { listening = true } = {},
  ): Promise<TcpProxy> {
    const proxy = new TcpProxy(await freePort(), targetHost, targetPort);
    if (listening) await proxy.restore();
    return proxy;
  }

  async restore(): Promise<void> {
    const server = createServer((client) => {
      const upstream = connect(this.targetPort, this.targetHost);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((r) => server.listen(this.port, '127.0.0.1', r));
    this.server = server;
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const socket of this.sockets) socket.destroy();
    if (server) await new Promise((r) => server.close(r));
  }
}

/** Rewrites a database URL to go through the proxy. */
export function viaProxy(databaseUrl: string, proxy: TcpProxy): string {
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String(proxy.port);
  return url.toString();
}
