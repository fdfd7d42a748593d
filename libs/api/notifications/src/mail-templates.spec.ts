import { describe, expect, it } from 'vitest';
import {
  LOCALES,
  MAIL_TEMPLATES,
  actionLink,
  placeholdersOf,
  renderMail,
  type MailTemplateName,
} from './mail-templates';

const TEMPLATE_NAMES = Object.keys(MAIL_TEMPLATES) as MailTemplateName[];

describe('mail templates', () => {
  it('exist for verification, password reset and invitation, in German and English', () => {
    expect(TEMPLATE_NAMES.sort()).toEqual([
      'organisationInvitation',
      'resetPassword',
      'verifyEmail',
    ]);
    for (const name of TEMPLATE_NAMES) {
      expect(Object.keys(MAIL_TEMPLATES[name]).sort(), name).toEqual([...LOCALES].sort());
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const name of TEMPLATE_NAMES) {
      expect(placeholdersOf(MAIL_TEMPLATES[name].en), name).toEqual(
        placeholdersOf(MAIL_TEMPLATES[name].de),
      );
    }
  });

  it('have the same number of paragraphs in both languages and no empty text', () => {
    for (const name of TEMPLATE_NAMES) {
      const { de, en } = MAIL_TEMPLATES[name];
      expect([en.intro.length, en.outro.length], name).toEqual([de.intro.length, de.outro.length]);
      const texts = [de, en].flatMap((t) => [
        t.subject,
        t.greeting,
        t.action,
        ...t.intro,
        ...t.outro,
      ]);
      expect(
        texts.filter((t) => t.trim() === ''),
        name,
      ).toEqual([]);
    }
  });

  it('renders German and English with the link in text and HTML', () => {
    const params = { displayName: 'Erika Muster', token: 'abc_DEF-123', validHours: 48 };
    const de = renderMail('verifyEmail', 'de', params, 'http://localhost:3000');
    expect(de.subject).toBe('Bitte bestätigen Sie Ihre E-Mail-Adresse');
    expect(de.link).toBe('http://localhost:3000/account/verify-email?token=abc_DEF-123');
    expect(de.text).toContain('Guten Tag Erika Muster,');
    expect(de.text).toContain('48 Stunden gültig');
    expect(de.text).toContain(de.link);
    expect(de.html).toContain('<html lang="de">');
    expect(de.html).toContain(`href="${de.link}"`);

    const en = renderMail('verifyEmail', 'en', params, 'http://localhost:3000');
    expect(en.subject).toBe('Please confirm your email address');
    expect(en.text).toContain('valid for 48 hours');
    expect(en.html).toContain('<html lang="en">');
  });

  it('escapes parameters in HTML but not in the plain text', () => {
    const mail = renderMail(
      'organisationInvitation',
      'de',
      { inviterName: 'A <b>&</b>', organisationName: 'Tafel "Süd"', token: 't', validDays: 14 },
      'https://bs.example',
    );
    expect(mail.subject).toBe('Einladung zu Tafel "Süd" bei Brückenschlag');
    expect(mail.text).toContain('A <b>&</b> lädt Sie ein');
    expect(mail.html).toContain('A &lt;b&gt;&amp;&lt;/b&gt; lädt Sie ein');
    expect(mail.html).not.toContain('<b>');
  });

  it('keeps a path prefix of the public URL and encodes the token', () => {
    expect(actionLink('https://example.org/bs/', 'resetPassword', 'a+b/c')).toBe(
      'https://example.org/bs/account/reset-password?token=a%2Bb%2Fc',
    );
  });

  it('fails loudly on a parameter a template needs but did not get', () => {
    expect(() =>
      renderMail(
        'resetPassword',
        'en',
        { displayName: 'X', token: 't' } as unknown as {
          displayName: string;
          token: string;
          validMinutes: number;
        },
        'http://localhost:3000',
      ),
    ).toThrow(/validMinutes/);
  });
});
