import type { AddressInfo } from 'node:net';
import type { ParsedMail } from 'mailparser';
import type { SMTPServer } from 'smtp-server';

export interface CapturedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** The `lang` attribute of the HTML part's root element. */
  htmlLang: string | undefined;
  /** The first link with a `token` parameter in the text part. */
  link: string | undefined;
  /** That link's token. */
  token: string | undefined;
}

export interface TestMailServer {
  /** `smtp://127.0.0.1:<port>` */
  url: string;
  mails: CapturedMail[];
  /** The mails addressed to `address` (case-insensitive), oldest first. */
  mailsTo(address: string): CapturedMail[];
  /** Waits until `address` has received `count` mails and returns the last one. */
  waitForMail(address: string, count?: number, timeoutMs?: number): Promise<CapturedMail>;
  stop(): Promise<void>;
}

/**
 * A real SMTP server in this process for tests: it accepts every mail on a free loopback
 * port and keeps it, parsed. `smtp-server` and `mailparser` are development dependencies and
 * are loaded only when a test calls this.
 */
export async function startTestMailServer(): Promise<TestMailServer> {
  const { SMTPServer: Server } = await import('smtp-server');
  const { simpleParser } = await import('mailparser');
  const mails: CapturedMail[] = [];
  const server: SMTPServer = new Server({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed: ParsedMail) => {
          const html = typeof parsed.html === 'string' ? parsed.html : '';
          const text = parsed.text ?? '';
          const link = /https?:\/\/\S+[?&]token=[\w-]+/.exec(text)?.[0];
          mails.push({
            from: parsed.from?.text ?? '',
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            subject: parsed.subject ?? '',
            text,
            html,
            htmlLang: /<html lang="([a-z]+)"/.exec(html)?.[1],
            link,
            token: link ? (new URL(link).searchParams.get('token') ?? undefined) : undefined,
          });
          callback();
        })
        .catch((error: unknown) => callback(error as Error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;

  const mailsTo = (address: string) => mails.filter((m) => m.to.includes(address.toLowerCase()));
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    mailsTo,
    async waitForMail(address, count = 1, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const received = mailsTo(address);
        if (received.length >= count) return received[count - 1];
        if (Date.now() > deadline) {
          throw new Error(`${address} received ${received.length} of ${count} mails in time`);
        }
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
