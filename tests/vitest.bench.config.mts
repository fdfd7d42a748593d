import { defineProjectConfig } from '../tools/vitest/config.mjs';

// Benchmarks against the full synthetic data set (not part of `npm test`): `npm run bench:map`.
export default defineProjectConfig(import.meta.dirname, {
  environment: 'node',
  include: ['bench/**/*-benchmark.ts'],
  testTimeout: 1_800_000,
});
