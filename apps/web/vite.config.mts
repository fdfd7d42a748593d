import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The API in development (`nx run api:serve`); in production it serves this app itself. */
const API_URL = process.env['API_URL'] ?? 'http://localhost:3000';
const proxy = Object.fromEntries(
  ['/graphql', '/geo', '/health'].map((path) => [path, { target: API_URL, changeOrigin: true }]),
);

/**
 * Modules without side effects, so that a chunk holds only what it uses of them: the output of
 * `nx run web:codegen` (see codegen.ts: the app shell uses a few documents, the features the
 * rest) and the pure domain library (the header needs a few labels, not the check catalogues;
 * its top-level `deepFreeze(…)` calls would otherwise keep everything).
 */
const SIDE_EFFECT_FREE = [
  /[\\/]libs[\\/]web[\\/]data-access[\\/]src[\\/]gql[\\/]/,
  /[\\/]libs[\\/]domain[\\/]src[\\/]/,
];

export default defineConfig({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/apps/web',
  resolve: { tsconfigPaths: true },
  plugins: [react()],
  server: { port: 4200, host: 'localhost', proxy },
  preview: { port: 4300, host: 'localhost', proxy },
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    rolldownOptions: {
      treeshake: {
        moduleSideEffects: (id: string) => !SIDE_EFFECT_FREE.some((pattern) => pattern.test(id)),
      },
      output: {
        codeSplitting: {
          groups: [
            // Libraries change less often than the app: separate chunks stay cached across
            // releases. Earlier groups take their modules first.
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
            },
            {
              name: 'apollo',
              test: /node_modules[\\/](@apollo|graphql|rxjs|optimism|@wry|tslib)[\\/]/,
            },
            // Only the lazily loaded map route imports Leaflet. Last, so the groups above keep
            // the libraries it shares with the app shell.
            {
              name: 'leaflet',
              test: /node_modules[\\/](leaflet|react-leaflet|@react-leaflet)[\\/]/,
            },
          ],
        },
      },
    },
  },
});
