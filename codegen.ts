import { existsSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';

// The API writes the schema it serves to apps/api/schema.graphql. Until that file exists,
// generate against the contract copy, which the served schema must stay compatible with.
const schema = process.env.CODEGEN_SCHEMA ?? (existsSync('apps/api/schema.graphql') ? 'apps/api/schema.graphql' : 'test/contract/contract.graphql');

const config: CodegenConfig = {
  overwrite: true,
  schema,
  documents: ['apps/web/src/**/*.graphql'],
  // Then split the one generated file into types and a module of documents per .graphql file, so
  // a page's chunk holds only its own documents (tools/split-documents.mjs says why).
  hooks: { afterAllFileWrite: ['node tools/split-documents.mjs'] },
  generates: {
    'libs/web-data/src/generated/graphql.ts': {
      // typescript-operations 6 emits the enums and input types its operations use; adding the
      // 'typescript' plugin as well declares them twice (TS2300 Duplicate identifier).
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string' },
      },
    },
  },
};

export default config;
