import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

/**
 * Builds the API (server and CLI) into CommonJS bundles. Workspace libraries are bundled;
 * packages from node_modules stay external and are loaded by Node at run time. Decorator
 * metadata comes from the `emitDecoratorMetadata` setting of each project's tsconfig.
 */
export default defineConfig({
  root: import.meta.dirname,
  resolve: { tsconfigPaths: true },
  ssr: { noExternal: [] },
  build: {
    ssr: true,
    target: 'node20',
    outDir: '../../dist/apps/api',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    rollupOptions: {
      input: { main: 'src/main.ts', cli: 'src/cli.ts' },
      external: [...builtinModules, /^node:/],
      output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: '[name]-[hash].cjs' },
    },
  },
});
