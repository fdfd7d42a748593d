#!/usr/bin/env node
// `npm test`: every check and every test tier, in the order a failure is cheapest to find.
// Uses TEST_DATABASE_URL (PostgreSQL + PostGIS) when set, else the embedded database.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
const bin = (name) => join(root, 'node_modules/.bin', name);
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(title, command, args) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}

function ensureChromium() {
  if (existsSync(chromium)) return;
  const canInstall =
    process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get']).status === 0;
  if (!canInstall) {
    console.error(
      `Browser tests need Chromium at ${chromium}. Install it with ` +
        '`sudo apt-get install -y chromium` (Debian/Ubuntu) or set CHROMIUM_PATH.',
    );
    process.exit(1);
  }
  run('Installing Chromium from Debian packages', 'sh', [
    '-c',
    'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
  ]);
}

/**
 * Passed, failed and skipped tests of every project's JSON report. Against PostgreSQL
 * (TEST_DATABASE_URL) nothing may be skipped: a skipped test counts as failed. On the embedded
 * database the tests that need a PostgreSQL server (COPY FROM STDIN, which pglite-socket cannot
 * take) skip themselves; they are named, and run in CI.
 */
function totals() {
  const dir = join(root, 'tmp/test-results');
  let passed = 0;
  let failed = 0;
  const skipped = [];
  for (const file of existsSync(dir) ? readdirSync(dir) : []) {
    const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    for (const result of report.testResults ?? []) {
      for (const test of result.assertionResults ?? []) {
        if (['pending', 'skipped', 'todo'].includes(test.status)) skipped.push(test.fullName);
      }
    }
  }
  if (process.env.TEST_DATABASE_URL) return { passed, failed: failed + skipped.length, skipped };
  return { passed, failed, skipped };
}

ensureChromium();
rmSync(join(root, 'tmp/test-results'), { recursive: true, force: true });
console.log(
  process.env.TEST_DATABASE_URL
    ? 'Database tests run against TEST_DATABASE_URL (PostgreSQL + PostGIS).'
    : 'TEST_DATABASE_URL is not set: database tests run against the embedded PGlite + PostGIS.',
);
run('Formatting (Prettier)', bin('prettier'), ['--check', '.', '--log-level', 'warn']);
run('Lint and type checks', bin('nx'), ['run-many', '-t', 'lint', 'typecheck', '--parallel=2']);
run('Build', bin('nx'), ['run-many', '-t', 'build', '--parallel=2']);
run('GraphQL schema and generated web documents are fresh', bin('nx'), [
  'run-many',
  '-t',
  'schema-check',
  'codegen-check',
  '--parallel=1',
]);
run('Unit and integration tests', bin('nx'), ['run-many', '-t', 'test', '--parallel=2']);
run('API, fault, lint-rule and browser tests', bin('nx'), ['run', 'tests:e2e']);
const { passed, failed, skipped } = totals();
if (skipped.length > 0) {
  console.log(`\nSkipped (they need a PostgreSQL server, see TEST_DATABASE_URL):`);
  for (const name of skipped) console.log(`  - ${name}`);
}
console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped.length} skipped`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
