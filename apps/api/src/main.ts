import 'reflect-metadata';
import { seedDemoData } from '@bs/api/demo';
import { createValidationPipe } from '@bs/api/graphql';
import { ensureGeodata } from '@bs/api/regions';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { Logger as PinoNestLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { ConfigError, loadConfig } from './config';
import { connectDatabase } from './database';
import { createLogger } from './logger';
import { jsonBody } from './json-body';
import { securityHeaders } from './security-headers';

async function bootstrap(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const log = createLogger(config.logLevel);
  const database = await connectDatabase(config, log);

  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.register({
      config,
      logger: log,
      databaseUrl: database.url,
      embeddedDatabase: database.embedded,
    }),
    { bufferLogs: true, bodyParser: false },
  );
  app.useLogger(app.get(PinoNestLogger));
  app.use(jsonBody());
  app.use(securityHeaders(config));
  app.use(cookieParser());
  app.useGlobalPipes(createValidationPipe());
  app.disable('x-powered-by');
  // Behind a reverse proxy the client's address (rate limits) comes from X-Forwarded-For.
  if (config.trustProxy > 0) app.set('trust proxy', config.trustProxy);

  await ensureGeodata(app.get(DataSource), config.geoDataDir, log);
  if (config.seedDemo) {
    const result = await seedDemoData(app.get(DataSource));
    if (result.seeded) log.info(result, 'Seeded the demo region (Rhein-Neckar)');
  }

  // Close HTTP, the pool and then the embedded database cleanly, so its data directory is
  // consistent for the next start.
  const shutdown = (signal: NodeJS.Signals) => {
    log.info({ signal }, 'Shutting down');
    void app
      .close()
      .then(() => database.stop())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          log.error({ err: error }, 'Shutdown failed');
          process.exit(1);
        },
      );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);

  await app.listen(config.port, config.host);
  const shownHost =
    config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  const url = `http://${shownHost}:${config.port}/`;
  log.info({ url, embeddedDatabase: database.embedded }, `Brückenschlag is running at ${url}`);
}

bootstrap().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`Brückenschlag API failed to start: ${message}\n`);
  process.exit(1);
});
