import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { workspaceRoot } from '../support/api-process';

/**
 * Lints a file written at `path` for the moment (type-aware linting needs it on disk, inside
 * its project's tsconfig) with the workspace's ESLint configuration.
 */
async function lint(
  path: string,
  code: string,
  rule = '@nx/enforce-module-boundaries',
): Promise<string[]> {
  const file = resolve(workspaceRoot, path);
  writeFileSync(file, code);
  try {
    const eslint = new ESLint({ cwd: workspaceRoot });
    const [result] = await eslint.lintFiles([file]);
    const messages = result?.messages ?? [];
    const fatal = messages.filter((m) => m.fatal);
    if (fatal.length > 0) throw new Error(fatal.map((m) => m.message).join('; '));
    return messages.filter((m) => m.ruleId === rule).map((m) => m.message);
  } finally {
    rmSync(file, { force: true });
  }
}

describe('module boundaries', () => {
  beforeAll(() => {
    // The rule reads Nx's project graph; make sure it is computed.
    execFileSync(
      process.execPath,
      [resolve(workspaceRoot, 'node_modules/nx/dist/bin/nx.js'), 'show', 'projects'],
      {
        cwd: workspaceRoot,
        env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
      },
    );
  });

  it('fails an import from apps/web into an API library', async () => {
    const messages = await lint(
      'apps/web/src/boundary-check-forbidden.ts',
      "import { OrganisationModule } from '@bs/api/organisations';\nexport const m = OrganisationModule;\n",
    );
    expect(messages).toEqual([
      expect.stringContaining(
        'A project tagged with "scope:web" can only depend on libs tagged with',
      ),
    ]);
  });

  it('fails a framework import in the domain library', async () => {
    const messages = await lint(
      'libs/domain/src/boundary-check-forbidden.ts',
      "import { Injectable } from '@nestjs/common';\nexport const i = Injectable;\n",
    );
    expect(messages).toEqual([
      'A project tagged with "type:domain" is not allowed to import "@nestjs/common"',
    ]);
  });

  it('allows the web to use the shared domain library', async () => {
    const messages = await lint(
      'apps/web/src/boundary-check-allowed.ts',
      "import { GERMANY_BOUNDS } from '@bs/domain';\nexport const b = GERMANY_BOUNDS;\n",
    );
    expect(messages).toEqual([]);
  });

  it("fails the web reading the taxonomy's labels from the domain instead of the API", async () => {
    const messages = await lint(
      'libs/web/map/src/boundary-check-forbidden.ts',
      "import { TOPICS } from '@bs/domain';\nexport const t = TOPICS;\n",
      'no-restricted-imports',
    );
    expect(messages).toEqual([expect.stringContaining('use useTaxonomy() from @bs/web/taxonomy')]);
    // Codes are fine (e.g. to check a link's parameters).
    expect(
      await lint(
        'libs/web/map/src/boundary-check-allowed.ts',
        "import { TOPIC_CODES } from '@bs/domain';\nexport const t = TOPIC_CODES;\n",
        'no-restricted-imports',
      ),
    ).toEqual([]);
  });
});
