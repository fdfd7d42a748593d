import 'reflect-metadata';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { seedDemoData } from '@bs/api/demo';
import { seedSyntheticOrganisations } from '@bs/api/map';
import { describeGeodataImport, ensureGeodata, importGeodata } from '@bs/api/regions';
import { describeSyntheticLoad, loadSyntheticData, SyntheticLoadRefused } from '@bs/api/synthetic';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { ConfigError, loadConfig, type AppConfig } from './config';
import { connectDatabase } from './database';
import { dataSourceOptions } from './data-source';
import { createLogger } from './logger';
import { renderMigration } from './migration-template';

const USAGE = `Usage: node dist/apps/api/cli.cjs <command>

Commands:
  schema [--check]            write the sorted GraphQL schema to schema.gql (--check: fail if stale)
  migration:run               apply pending migrations
  migration:revert            revert the last applied migration
  migration:show              list migrations and whether they are applied
  migration:generate <Name>   write a migration for the difference between entities and database
  seed                        seed the demo region into an empty database
  map:synthetic <count>       add <count> synthetic organisations with profiles all over Germany
                              (for trying the map at scale; not for production databases)
  geo:import                  import postcodes, districts and Länder from GEO_DATA_DIR (replaces them)
  synthetic:load [--scale 1] [--seed 42] [--replace]
                              load synthetic national data (scale 1: 620,000 ZO, 3.4 million KMU)
  admin:grant <email>         make an existing account a platform administrator
  admin:revoke <email>        take the platform administrator role away again

The database is DATABASE_URL, or the embedded PGlite under DATA_DIR when it is unset.`;

const workspaceRoot = process.cwd();

async function withDataSource<T>(
  config: AppConfig,
  work: (ds: DataSource) => Promise<T>,
): Promise<T> {
  const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const database = await connectDatabase(config, log);
  const dataSource = new DataSource(
    dataSourceOptions({
      url: database.url,
      poolSize: Math.min(config.poolSize, 2),
      embedded: database.embedded,
    }),
  );
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
    await database.stop();
  }
}

async function writeSchema(config: AppConfig, file: string): Promise<void> {
  const app = await NestFactory.create(
    AppModule.register({
      config,
      logger: createLogger('warn'),
      databaseUrl: 'postgres://unused@127.0.0.1:1/unused',
      schemaFile: file,
    }),
    { logger: ['error', 'warn'] },
  );
  await app.init();
  await app.close();
}

async function schema(config: AppConfig, check: boolean): Promise<number> {
  const committed = resolve(workspaceRoot, 'schema.gql');
  if (!check) {
    await writeSchema(config, committed);
    console.log(`Wrote ${committed}`);
    return 0;
  }
  const dir = mkdtempSync(join(tmpdir(), 'bs-schema-'));
  try {
    const fresh = join(dir, 'schema.gql');
    await writeSchema(config, fresh);
    let current = '';
    try {
      current = readFileSync(committed, 'utf8');
    } catch {
      // missing counts as stale
    }
    if (current !== readFileSync(fresh, 'utf8')) {
      console.error('schema.gql is stale: run `npx nx run api:schema` and commit the result.');
      return 1;
    }
    console.log('schema.gql is up to date.');
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function generateMigration(config: AppConfig, name: string | undefined): Promise<number> {
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    console.error('migration:generate needs a PascalCase name, e.g. AddOrganisationWebsite');
    return 2;
  }
  const sql = await withDataSource(config, async (ds) => {
    await ds.runMigrations({ transaction: 'each' });
    return ds.driver.createSchemaBuilder().log();
  });
  if (sql.upQueries.length === 0) {
    console.log('No changes: entities and migrations agree.');
    return 0;
  }
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const file = join(workspaceRoot, 'migrations', `${timestamp}-${name}.ts`);
  writeFileSync(
    file,
    renderMigration(
      className,
      sql.upQueries.map((q) => q.query),
      sql.downQueries.map((q) => q.query).reverse(),
    ),
  );
  const index = join(workspaceRoot, 'migrations', 'index.ts');
  const source = readFileSync(index, 'utf8')
    .replace(
      /(\nexport const migrations)/,
      `import { ${className} } from './${timestamp}-${name}';\n$1`,
    )
    .replace(/\];\s*$/, `, ${className}];\n`);
  writeFileSync(index, source);
  console.log(`Wrote ${file}; review its SQL, then run prettier on migrations/.`);
  return 0;
}

/** The value after `--name` (or `--name=value`), or undefined. */
function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  if (i !== -1) return args[i + 1];
  return args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

async function syntheticLoad(config: AppConfig, args: readonly string[]): Promise<number> {
  const scale = Number(option(args, 'scale') ?? '1');
  const seed = Number(option(args, 'seed') ?? '42');
  if (!(scale > 0) || !Number.isSafeInteger(seed)) {
    console.error('synthetic:load needs --scale > 0 (e.g. 0.01) and an integer --seed');
    return 2;
  }
  if (!config.databaseUrl) {
    // pglite-socket cannot carry COPY FROM STDIN (the copy sub-protocol spans several
    // messages it hands to PGlite one by one), and national data is for a real server anyway.
    console.error('synthetic:load needs DATABASE_URL: a PostgreSQL server with PostGIS');
    return 2;
  }
  const started = Date.now();
  const stamp = () => `[${((Date.now() - started) / 1000).toFixed(1).padStart(7)} s]`;
  try {
    const result = await withDataSource(config, async (ds) => {
      await ds.runMigrations({ transaction: 'each' });
      await ensureGeodata(ds, config.geoDataDir, createLogger('info'));
      return loadSyntheticData(ds, {
        scale,
        seed,
        // Nx forwards a flag as `--replace=true`.
        replace: args.some((a) => a === '--replace' || a === '--replace=true'),
        geoDataDir: config.geoDataDir,
        log: (message) => console.log(`${stamp()} ${message}`),
      });
    });
    console.log(describeSyntheticLoad(result));
    return 0;
  } catch (error) {
    if (error instanceof SyntheticLoadRefused) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  let config: AppConfig;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 78;
    }
    throw error;
  }
  switch (command) {
    case 'schema':
      return schema(config, args.includes('--check'));
    case 'migration:run':
      await withDataSource(config, async (ds) => {
        const applied = await ds.runMigrations({ transaction: 'each' });
        console.log(
          applied.length ? `Applied ${applied.map((m) => m.name).join(', ')}` : 'Nothing to apply.',
        );
      });
      return 0;
    case 'migration:revert':
      await withDataSource(config, (ds) => ds.undoLastMigration({ transaction: 'each' }));
      console.log('Reverted the last migration.');
      return 0;
    case 'migration:show':
      await withDataSource(config, async (ds) => {
        const executed = new Set(
          (
            (await ds.query(`SELECT name FROM migrations`).catch(() => [])) as { name: string }[]
          ).map((r) => r.name),
        );
        for (const m of ds.migrations)
          console.log(`${executed.has(m.name ?? '') ? '[X]' : '[ ]'} ${m.name}`);
      });
      return 0;
    case 'migration:generate':
      return generateMigration(config, args[0]);
    case 'seed': {
      const result = await withDataSource(config, async (ds) => {
        await ds.runMigrations({ transaction: 'each' });
        // Districts of the demo organisations come from the geodata.
        await ensureGeodata(ds, config.geoDataDir, createLogger('info'));
        return seedDemoData(ds);
      });
      console.log(
        result.seeded
          ? `Seeded ${result.organisations} demo organisations.`
          : `Database already holds ${result.organisations} organisations; nothing seeded.`,
      );
      return 0;
    }
    case 'map:synthetic': {
      const count = Number(args[0]);
      if (!Number.isInteger(count) || count < 1 || count > 5_000_000) {
        console.error('map:synthetic needs a number of organisations between 1 and 5000000');
        return 2;
      }
      await withDataSource(config, async (ds) => {
        await ds.runMigrations({ transaction: 'each' });
        await ensureGeodata(ds, config.geoDataDir, createLogger('info'));
        // In batches, so each transaction (and the API's change polling) stays moderate.
        for (let done = 0; done < count; done += 50_000) {
          await seedSyntheticOrganisations((sql, p) => ds.query(sql, p), {
            count: Math.min(50_000, count - done),
            seed: ((done / 50_000) % 100) / 100,
          });
        }
      });
      console.log(`Added ${count} synthetic organisations.`);
      return 0;
    }
    case 'admin:grant':
    case 'admin:revoke': {
      const email = args[0]?.trim().toLowerCase();
      if (!email) {
        console.error(`${command} needs the e-mail address of an existing account`);
        return 2;
      }
      const role = command === 'admin:grant' ? 'ADMIN' : 'USER';
      const changed = await withDataSource(config, async (ds) => {
        const [, count] = await ds.query<[unknown[], number]>(
          `UPDATE app_user SET platform_role = $2, updated_at = now() WHERE lower(email) = $1`,
          [email, role],
        );
        return count;
      });
      if (changed === 0) {
        console.error(`No account with the e-mail address ${email}`);
        return 1;
      }
      console.log(
        `${email} is now ${role === 'ADMIN' ? 'a platform administrator' : 'a regular user'}.`,
      );
      return 0;
    }
    case 'geo:import': {
      const result = await withDataSource(config, async (ds) => {
        await ds.runMigrations({ transaction: 'each' });
        return importGeodata(ds, config.geoDataDir);
      });
      if (result) console.log(describeGeodataImport(result));
      return 0;
    }
    case 'synthetic:load':
      return syntheticLoad(config, args);
    default:
      console.error(USAGE);
      return command ? 2 : 0;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
