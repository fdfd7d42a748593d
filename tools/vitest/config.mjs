// Shared Vitest configuration for every Nx project in the workspace.
import { createRequire } from 'node:module';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);
const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * @param {string} projectRoot absolute path of the project (import.meta.dirname)
 * @param {{ environment: 'node' | 'happy-dom', setupFiles?: string[], globalSetup?: string[], testTimeout?: number, include?: string[] }} options
 */
export function defineProjectConfig(projectRoot, options) {
  return defineConfig({
    root: projectRoot,
    cacheDir: join(workspaceRoot, 'node_modules/.vite', relative(workspaceRoot, projectRoot)),
    resolve: {
      tsconfigPaths: true,
      // NestJS GraphQL and the tests must share one graphql realm (CJS build).
      alias:
        options.environment === 'node'
          ? [{ find: /^graphql$/, replacement: require.resolve('graphql') }]
          : [],
    },
    test: {
      name: basename(projectRoot),
      environment: options.environment,
      include: options.include ?? ['src/**/*.spec.ts', 'src/**/*.spec.tsx'],
      setupFiles: [
        ...(options.environment === 'happy-dom'
          ? [join(workspaceRoot, 'tools/vitest/dom-setup.mjs')]
          : []),
        ...(options.setupFiles ?? []),
      ],
      globalSetup: options.globalSetup ?? [],
      testTimeout: options.testTimeout ?? 20_000,
      hookTimeout: 120_000,
      // The JSON report lets `npm test` print one total over every project.
      reporters: ['default', 'json'],
      outputFile: {
        json: join(workspaceRoot, 'tmp/test-results', `${basename(projectRoot)}.json`),
      },
    },
  });
}
