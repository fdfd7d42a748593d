import {
  Inject,
  Injectable,
  Logger,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import {
  renderMail,
  type Locale,
  type MailTemplateName,
  type MailTemplateParams,
} from './mail-templates';
import { NOTIFICATIONS_OPTIONS, type NotificationsOptions } from './notifications.options';

export interface MailRecipient {
  address: string;
  name?: string;
}

/**
 * Sends the platform's mails through the configured SMTP server. Without one (SMTP_URL
 * unset) mails are rendered but only written to the log, so a local installation works
 * without a mail server.
 */
@Injectable()
export class MailService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(MailService.name);
  private readonly transport: Transporter;
  private readonly logOnly: boolean;

  constructor(@Inject(NOTIFICATIONS_OPTIONS) private readonly options: NotificationsOptions) {
    this.logOnly = !options.smtpUrl;
    this.transport = options.smtpUrl
      ? createTransport({
          url: options.smtpUrl,
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 20_000,
        })
      : createTransport({ jsonTransport: true });
  }

  /** Says at start-up where mails go when there is no SMTP server. */
  onModuleInit(): void {
    if (!this.logOnly) return;
    if (this.options.production) {
      this.logger.warn(
        'SMTP_URL is not set: mails are NOT sent; only their recipients and subjects are logged.',
      );
    } else {
      this.logger.log(
        'SMTP_URL is not set: mails are not sent but written to this log, links included (development only).',
      );
    }
  }

  /** Renders `template` in `locale` and sends it to `to`; resolves when the server accepted it. */
  async send<N extends MailTemplateName>(
    to: MailRecipient,
    template: N,
    locale: Locale,
    params: MailTemplateParams[N],
  ): Promise<void> {
    const mail = renderMail(template, locale, params, this.options.publicUrl);
    await this.transport.sendMail({
      from: this.options.mailFrom,
      to: to.name ? { name: to.name, address: to.address } : to.address,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
    });
    if (!this.logOnly) {
      this.logger.debug({ template, locale }, 'Mail sent');
      return;
    }
    if (this.options.production) {
      this.logger.warn(
        { template, locale, to: to.address, subject: mail.subject },
        'Mail not sent',
      );
    } else {
      this.logger.log(
        {
          template,
          locale,
          to: to.address,
          subject: mail.subject,
          link: mail.link,
          text: mail.text,
        },
        `Mail not sent (no SMTP_URL): ${mail.subject} → ${to.address}: ${mail.link}`,
      );
    }
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}
