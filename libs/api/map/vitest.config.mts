import { defineProjectConfig } from '../../../tools/vitest/config.mjs';

export default defineProjectConfig(import.meta.dirname, { environment: 'node' });
