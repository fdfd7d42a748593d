import { defineProjectConfig } from '../../tools/vitest/config.mjs';

// Benchmarks (`npm run bench:matching`): long single runs that print their figures.
export default defineProjectConfig(import.meta.dirname, {
  environment: 'node',
  include: ['**/*.bench.ts'],
  testTimeout: 3_600_000,
});
