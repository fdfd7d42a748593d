import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL documents for the web, generated from the committed `schema.gql` (never from a
 * running server) into `libs/web/data-access/src/gql/`, which is committed too.
 *
 * `nx run web:codegen` writes the files; `nx run web:codegen-check` generates into a temporary
 * folder (CODEGEN_OUTPUT_DIR) and fails when the committed files differ. The output is not run
 * through Prettier (the folder is in `.prettierignore`), so it depends only on the codegen
 * version, the schema and the documents.
 *
 * Two outputs:
 * - `graphql()` documents of the feature libs (`*.ts`, `*.tsx`) with the client preset. Its
 *   `graphql()` needs a map of every such document, so they all travel together; only the
 *   lazily loaded features use them.
 * - `shell.ts`: the few documents of the app shell (`*.graphql`, e.g. the viewer for the
 *   header), each a separate export, so the initial JavaScript holds only those.
 */
const GENERATED_DIR = 'libs/web/data-access/src/gql/';

const outputDir = process.env['CODEGEN_OUTPUT_DIR'] || GENERATED_DIR;
const output = outputDir.endsWith('/') ? outputDir : `${outputDir}/`;

const sharedConfig = {
  useTypeImports: true,
  enumsAsTypes: true,
  defaultScalarType: 'unknown',
  avoidOptionals: { field: true, inputValue: false },
  nonOptionalTypename: false,
  skipTypename: true,
};

const config: CodegenConfig = {
  schema: 'schema.gql',
  ignoreNoDocuments: false,
  generates: {
    [output]: {
      documents: [
        'libs/web/**/src/**/*.{ts,tsx}',
        `!${GENERATED_DIR}**`,
        '!libs/web/**/src/**/*.spec.{ts,tsx}',
      ],
      preset: 'client',
      presetConfig: {
        // Components receive plain typed data; no fragment masking helpers.
        fragmentMasking: false,
      },
      config: { ...sharedConfig, importExtension: '' },
    },
    [`${output}shell.ts`]: {
      documents: ['libs/web/**/src/**/*.graphql'],
      plugins: [
        { add: { content: '/* eslint-disable */' } },
        'typescript-operations',
        'typed-document-node',
      ],
      config: { ...sharedConfig, onlyOperationTypes: true },
    },
  },
};

export default config;
