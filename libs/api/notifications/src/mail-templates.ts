/** Languages a mail can be written in; German is the default. */
export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'de';

/**
 * Paths of the web app that the links in mails open; the one-time token is appended as
 * `?token=…`. The web routes must use these paths.
 */
export const MAIL_ACTION_PATHS = {
  verifyEmail: '/account/verify-email',
  resetPassword: '/account/reset-password',
  organisationInvitation: '/invitation',
} as const;

/** Every mail the platform sends, with the values each one needs. */
export interface MailTemplateParams {
  verifyEmail: { displayName: string; token: string; validHours: number };
  resetPassword: { displayName: string; token: string; validMinutes: number };
  organisationInvitation: {
    inviterName: string;
    organisationName: string;
    token: string;
    validDays: number;
  };
}
export type MailTemplateName = keyof MailTemplateParams;

/**
 * The texts of one mail in one language. `{{name}}` placeholders are replaced by the
 * template's parameters (HTML-escaped in the HTML part); `{{link}}` is the action link.
 */
export interface MailTexts {
  subject: string;
  greeting: string;
  /** Paragraphs before the action link. */
  intro: string[];
  /** Label of the button in the HTML part. */
  action: string;
  /** Paragraphs after the action link. */
  outro: string[];
}

type Templates = { [N in MailTemplateName]: Record<Locale, MailTexts> };

const SIGNATURE = { de: 'Ihr Brückenschlag-Team', en: 'The Brückenschlag team' } as const;

export const MAIL_TEMPLATES: Templates = {
  verifyEmail: {
    de: {
      subject: 'Bitte bestätigen Sie Ihre E-Mail-Adresse',
      greeting: 'Guten Tag {{displayName}},',
      intro: [
        'vielen Dank für Ihre Anmeldung bei Brückenschlag. Bitte bestätigen Sie Ihre E-Mail-Adresse über diesen Link:',
      ],
      action: 'E-Mail-Adresse bestätigen',
      outro: [
        'Der Link ist {{validHours}} Stunden gültig und kann nur einmal verwendet werden.',
        'Wenn Sie sich nicht bei Brückenschlag angemeldet haben, können Sie diese E-Mail ignorieren.',
      ],
    },
    en: {
      subject: 'Please confirm your email address',
      greeting: 'Hello {{displayName}},',
      intro: [
        'thank you for signing up to Brückenschlag. Please confirm your email address with this link:',
      ],
      action: 'Confirm email address',
      outro: [
        'The link is valid for {{validHours}} hours and can be used only once.',
        'If you did not sign up to Brückenschlag, you can ignore this email.',
      ],
    },
  },
  resetPassword: {
    de: {
      subject: 'Ihr Passwort bei Brückenschlag zurücksetzen',
      greeting: 'Guten Tag {{displayName}},',
      intro: [
        'jemand – hoffentlich Sie – möchte das Passwort Ihres Kontos zurücksetzen. Über diesen Link vergeben Sie ein neues Passwort:',
      ],
      action: 'Neues Passwort vergeben',
      outro: [
        'Der Link ist {{validMinutes}} Minuten gültig und kann nur einmal verwendet werden. Danach werden Sie auf allen Geräten abgemeldet.',
        'Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail; Ihr Passwort bleibt unverändert.',
      ],
    },
    en: {
      subject: 'Reset your Brückenschlag password',
      greeting: 'Hello {{displayName}},',
      intro: [
        'someone – hopefully you – asked to reset the password of your account. Choose a new password with this link:',
      ],
      action: 'Choose a new password',
      outro: [
        'The link is valid for {{validMinutes}} minutes and can be used only once. Afterwards you are signed out on all devices.',
        'If you did not ask for this, ignore this email; your password stays as it is.',
      ],
    },
  },
  organisationInvitation: {
    de: {
      subject: 'Einladung zu {{organisationName}} bei Brückenschlag',
      greeting: 'Guten Tag,',
      intro: [
        '{{inviterName}} lädt Sie ein, bei Brückenschlag in der Organisation „{{organisationName}}“ mitzuarbeiten. Die Einladung nehmen Sie über diesen Link an:',
      ],
      action: 'Einladung annehmen',
      outro: [
        'Die Einladung ist {{validDays}} Tage gültig. Falls Sie noch kein Konto haben, können Sie sich dabei registrieren.',
        'Wenn Sie diese Einladung nicht erwartet haben, können Sie diese E-Mail ignorieren.',
      ],
    },
    en: {
      subject: 'Invitation to {{organisationName}} on Brückenschlag',
      greeting: 'Hello,',
      intro: [
        '{{inviterName}} invites you to work with the organisation “{{organisationName}}” on Brückenschlag. Accept the invitation with this link:',
      ],
      action: 'Accept invitation',
      outro: [
        'The invitation is valid for {{validDays}} days. If you do not have an account yet, you can sign up on the way.',
        'If you did not expect this invitation, you can ignore this email.',
      ],
    },
  },
};

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  /** The action link, also contained in text and HTML. */
  link: string;
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** The `{{name}}` placeholders a text uses, sorted and without duplicates. */
export function placeholdersOf(texts: MailTexts): string[] {
  const all = [texts.subject, texts.greeting, ...texts.intro, texts.action, ...texts.outro];
  return [...new Set(all.flatMap((t) => [...t.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '')))]
    .filter(Boolean)
    .sort();
}

function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function fill(text: string, values: Record<string, string>, escape: boolean): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`Mail text uses unknown placeholder ${whole}`);
    return escape ? escapeHtml(value) : value;
  });
}

/** The action link: `publicUrl` + the template's path + `?token=…`. */
export function actionLink(publicUrl: string, template: MailTemplateName, token: string): string {
  const url = new URL(publicUrl);
  // Keeps a path prefix of PUBLIC_URL (e.g. https://example.org/brueckenschlag).
  url.pathname = `${url.pathname.replace(/\/+$/, '')}${MAIL_ACTION_PATHS[template]}`;
  url.search = '';
  url.hash = '';
  url.searchParams.set('token', token);
  return url.toString();
}

/** Subject, plain text and simple HTML of one mail in one language. */
export function renderMail<N extends MailTemplateName>(
  template: N,
  locale: Locale,
  params: MailTemplateParams[N],
  publicUrl: string,
): RenderedMail {
  const texts = MAIL_TEMPLATES[template][locale];
  const link = actionLink(publicUrl, template, params.token);
  const values: Record<string, string> = { link };
  for (const [key, value] of Object.entries(params)) values[key] = String(value);

  const plain = (t: string) => fill(t, values, false);
  const html = (t: string) => fill(t, values, true);
  const signature = SIGNATURE[locale];

  const text = [
    plain(texts.greeting),
    ...texts.intro.map(plain),
    link,
    ...texts.outro.map(plain),
    `${locale === 'de' ? 'Viele Grüße' : 'Kind regards'}\n${signature}`,
  ].join('\n\n');

  const paragraph = (t: string) => `<p>${t}</p>`;
  const htmlBody = [
    '<!doctype html>',
    `<html lang="${locale}">`,
    `<head><meta charset="utf-8"><title>${html(texts.subject)}</title></head>`,
    '<body style="font-family: sans-serif; line-height: 1.5; color: #1a1a1a">',
    paragraph(html(texts.greeting)),
    ...texts.intro.map((t) => paragraph(html(t))),
    `<p><a href="${escapeHtml(link)}" style="display: inline-block; padding: 0.6em 1.2em; background: #1d4f91; color: #ffffff; text-decoration: none; border-radius: 4px">${html(texts.action)}</a></p>`,
    `<p style="font-size: 0.9em">${escapeHtml(link)}</p>`,
    ...texts.outro.map((t) => paragraph(html(t))),
    paragraph(`${locale === 'de' ? 'Viele Grüße' : 'Kind regards'}<br>${escapeHtml(signature)}`),
    '</body>',
    '</html>',
  ].join('\n');

  return { subject: plain(texts.subject), text, html: htmlBody, link };
}
