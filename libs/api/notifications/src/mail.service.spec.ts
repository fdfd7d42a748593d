import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MailService } from './mail.service';
import { startTestMailServer, type TestMailServer } from './testing/test-mail-server';

describe('MailService', () => {
  let smtp: TestMailServer;

  beforeAll(async () => {
    smtp = await startTestMailServer();
  });
  afterAll(async () => {
    await smtp?.stop();
  });

  it('sends a German and an English mail through the SMTP server', async () => {
    const mail = new MailService({
      smtpUrl: smtp.url,
      mailFrom: 'Brückenschlag <no-reply@brueckenschlag.local>',
      publicUrl: 'https://bs.example',
      production: true,
    });
    try {
      await mail.send({ address: 'Erika@Example.org', name: 'Erika' }, 'resetPassword', 'de', {
        displayName: 'Erika',
        token: 'tok-de',
        validMinutes: 60,
      });
      await mail.send({ address: 'john@example.org' }, 'verifyEmail', 'en', {
        displayName: 'John',
        token: 'tok-en',
        validHours: 48,
      });
    } finally {
      mail.onModuleDestroy();
    }
    const de = await smtp.waitForMail('erika@example.org');
    expect(de).toMatchObject({
      from: '"Brückenschlag" <no-reply@brueckenschlag.local>',
      subject: 'Ihr Passwort bei Brückenschlag zurücksetzen',
      htmlLang: 'de',
      link: 'https://bs.example/account/reset-password?token=tok-de',
      token: 'tok-de',
    });
    expect(de.text).toContain('60 Minuten gültig');
    const en = await smtp.waitForMail('john@example.org');
    expect(en).toMatchObject({ subject: 'Please confirm your email address', htmlLang: 'en' });
    expect(en.token).toBe('tok-en');
  });

  it('logs the mail with its link when there is no SMTP server (development)', async () => {
    const log = vi.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    const warn = vi.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    try {
      const mail = new MailService({
        mailFrom: 'no-reply@brueckenschlag.local',
        publicUrl: 'http://localhost:3000',
        production: false,
      });
      mail.onModuleInit();
      await mail.send({ address: 'dev@example.org' }, 'verifyEmail', 'de', {
        displayName: 'Dev',
        token: 'tok-dev',
        validHours: 48,
      });
      expect(log).toHaveBeenCalledWith(expect.stringContaining('SMTP_URL is not set'));
      expect(log).toHaveBeenCalledWith(
        expect.objectContaining({
          to: 'dev@example.org',
          link: 'http://localhost:3000/account/verify-email?token=tok-dev',
        }),
        expect.stringContaining('http://localhost:3000/account/verify-email?token=tok-dev'),
      );
    } finally {
      log.mockRestore();
      warn.mockRestore();
    }
  });

  it('never logs the link in production without an SMTP server', async () => {
    const log = vi.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    const warn = vi.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    try {
      const mail = new MailService({
        mailFrom: 'no-reply@brueckenschlag.local',
        publicUrl: 'https://bs.example',
        production: true,
      });
      mail.onModuleInit();
      await mail.send({ address: 'ops@example.org' }, 'resetPassword', 'en', {
        displayName: 'Ops',
        token: 'secret-token',
        validMinutes: 60,
      });
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('mails are NOT sent'));
      const logged = JSON.stringify([...log.mock.calls, ...warn.mock.calls]);
      expect(logged).toContain('ops@example.org');
      expect(logged).not.toContain('secret-token');
    } finally {
      log.mockRestore();
      warn.mockRestore();
    }
  });
});
