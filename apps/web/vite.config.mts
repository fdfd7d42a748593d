import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

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

/**
 * The map is the front door: its route chunk (Leaflet, the map feature) and everything it
 * imports are preloaded from index.html, so they load in parallel with the app shell instead of
 * after it. Other routes stay lazy.
 */
function preloadRoute(moduleSuffix: string): Plugin {
  return {
    name: 'bs-preload-route',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return [];
        const chunks = Object.values(bundle).flatMap((output) =>
          output.type === 'chunk' ? [output] : [],
        );
        const route = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(moduleSuffix));
        if (!route) throw new Error(`No chunk for ${moduleSuffix}`);
        const files = new Set<string>();
        const css = new Set<string>();
        const visit = (fileName: string) => {
          if (files.has(fileName)) return;
          files.add(fileName);
          const chunk = chunks.find((c) => c.fileName === fileName);
          chunk?.viteMetadata?.importedCss.forEach((file) => css.add(file));
          chunk?.imports.forEach(visit);
        };
        visit(route.fileName);
        // What the shell already loads (its entry, its preloads and styles) stays as it is.
        const known = (file: string) =>
          html.includes(`/${file}"`) || chunks.some((c) => c.isEntry && c.fileName === file);
        return [
          ...[...files]
            .filter((file) => !known(file))
            .map((file) => ({
              tag: 'link',
              attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
              injectTo: 'head' as const,
            })),
          ...[...css]
            .filter((file) => !known(file))
            .map((file) => ({
              tag: 'link',
              attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `/${file}` },
              injectTo: 'head' as const,
            })),
        ];
      },
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/apps/web',
  resolve: { tsconfigPaths: true },
  plugins: [react(), preloadRoute('/src/app/map-page.tsx')],
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
