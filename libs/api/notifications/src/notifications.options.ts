export interface NotificationsOptions {
  /** `smtp://` or `smtps://` URL of the outgoing mail server; undefined: mails are logged. */
  smtpUrl?: string;
  /** Sender, e.g. `Brückenschlag <no-reply@brueckenschlag.local>`. */
  mailFrom: string;
  /** Where people reach the web app; action links in mails point here. */
  publicUrl: string;
  /**
   * In production a missing SMTP server is logged without the mails' contents (their links
   * are credentials); elsewhere the whole mail, link included, is logged so developers can
   * follow it.
   */
  production: boolean;
}

export const NOTIFICATIONS_OPTIONS = Symbol('NOTIFICATIONS_OPTIONS');
