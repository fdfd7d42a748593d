import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL documents for the web, generated from the committed `schema.gql` (never from a
 * running server) into `libs/web/data-access/src/gql/`, which is committed too.
 *
 * `nx run web:codegen` writes the files; `nx run web:codegen-check` generates into a temporary
 * folder (CODEGEN_OUTPUT_DIR) and fails when the committed files differ. The output is not run
 * through Prettier (the folder is in `.prettierignore`), so it depends only on the codegen
 * version, the schema and the documents.
 */
const GENERATED_DIR = 'libs/web/data-access/src/gql/';

const outputDir = process.env['CODEGEN_OUTPUT_DIR'] || GENERATED_DIR;

const config: CodegenConfig = {
  schema: 'schema.gql',
  documents: [
    'libs/web/**/src/**/*.{ts,tsx}',
    `!${GENERATED_DIR}**`,
    '!libs/web/**/src/**/*.spec.{ts,tsx}',
  ],
  ignoreNoDocuments: false,
  generates: {
    [outputDir.endsWith('/') ? outputDir : `${outputDir}/`]: {
      preset: 'client',
      presetConfig: {
        // Components receive plain typed data; no fragment masking helpers.
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        importExtension: '',
        enumsAsTypes: true,
        defaultScalarType: 'unknown',
        avoidOptionals: { field: true, inputValue: false },
        nonOptionalTypename: false,
        skipTypename: true,
      },
    },
  },
};

export default config;
