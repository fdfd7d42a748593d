#!/usr/bin/env node
// `npm start`: build API and web, then run them on one URL with the embedded database and
// demo data (or the PostgreSQL server in DATABASE_URL).
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };

const build = spawnSync(
  join(root, 'node_modules/.bin/nx'),
  ['run-many', '-t', 'build', '-p', 'api', 'web'],
  {
    cwd: root,
    env,
    stdio: 'inherit',
  },
);
if (build.status !== 0) process.exit(build.status ?? 1);

const port = Number(env.PORT ?? 3000);
const api = spawn(
  process.execPath,
  ['--enable-source-maps', join(root, 'dist/apps/api/main.cjs')],
  {
    cwd: root,
    env,
    stdio: 'inherit',
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code) => process.exit(code ?? 0));

// Tell a human where to go once the API answers.
const started = Date.now();
const timer = setInterval(() => {
  fetch(`http://127.0.0.1:${port}/health`)
    .then((response) => {
      if (response.status !== 200) return;
      clearInterval(timer);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(
        `\n  Brückenschlag läuft / is running: http://localhost:${port}/  (ready in ${seconds} s)\n`,
      );
    })
    .catch(() => undefined);
  if (Date.now() - started > 300_000) clearInterval(timer);
}, 500);
