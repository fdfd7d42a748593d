import { defineProjectConfig } from '../tools/vitest/config.mjs';

// Cross-app tests: GraphQL over HTTP against the built API, faults, lint rules, and the browser.
export default defineProjectConfig(import.meta.dirname, {
  environment: 'node',
  include: ['**/*.spec.ts'],
  testTimeout: 120_000,
});
