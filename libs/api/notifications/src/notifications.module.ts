import { Module, type DynamicModule } from '@nestjs/common';
import { MailService } from './mail.service';
import { NOTIFICATIONS_OPTIONS, type NotificationsOptions } from './notifications.options';

/** Provides `MailService` to every module (registered once, by the app). */
@Module({})
export class NotificationsModule {
  static register(options: NotificationsOptions): DynamicModule {
    return {
      module: NotificationsModule,
      global: true,
      providers: [{ provide: NOTIFICATIONS_OPTIONS, useValue: options }, MailService],
      exports: [MailService],
    };
  }
}
