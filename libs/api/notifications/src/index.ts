export * from './mail-templates';
export * from './mail.service';
export * from './notifications.module';
export * from './notifications.options';
export * from './testing/test-mail-server';
