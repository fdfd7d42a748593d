import type { UserConfig } from 'vitest/config';

export interface ProjectTestOptions {
  environment: 'node' | 'happy-dom';
  setupFiles?: string[];
  globalSetup?: string[];
  testTimeout?: number;
  include?: string[];
}

export function defineProjectConfig(projectRoot: string, options: ProjectTestOptions): UserConfig;
