import { buildSchema, Kind, parse, print, visit, type DefinitionNode, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PARSE_OPTIONS, validateOperation } from './operation-validation';

/**
 * Our own pages must work within our own limits: every operation the web app sends, with the
 * fragments it uses, passes the server's whole validation (the specification's rules plus depth,
 * alias, cost and token limits, in production mode) against the served schema. A page whose query
 * the server would refuse fails here, not in front of a user.
 */
const ROOT = join(__dirname, '..', '..', '..', '..', '..');
const schema = buildSchema(readFileSync(join(ROOT, 'apps', 'api', 'schema.graphql'), 'utf8'));

function graphqlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? graphqlFiles(join(dir, entry.name)) : entry.name.endsWith('.graphql') ? [join(dir, entry.name)] : [],
  );
}

const definitions: DefinitionNode[] = graphqlFiles(join(ROOT, 'apps', 'web', 'src')).flatMap((file) => parse(readFileSync(file, 'utf8')).definitions);
const fragments = new Map(
  definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]),
);
const operations = definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

/** The operation and every fragment it reaches, as the web app sends it. */
function asSent(operation: OperationDefinitionNode): DocumentNode {
  const needed = new Map<string, FragmentDefinitionNode>();
  const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !needed.has(fragment.name.value)) {
          needed.set(fragment.name.value, fragment);
          collect(fragment);
        }
      },
    });
  collect(operation);
  return { kind: Kind.DOCUMENT, definitions: [operation, ...needed.values()] };
}

describe("the web app's operations", () => {
  it('are found', () => {
    expect(operations.length).toBeGreaterThan(40);
  });

  it.each(operations.map((operation) => [operation.name?.value ?? 'anonymous', operation] as const))('%s passes the server validation and limits', (_name, operation) => {
    const text = print(asSent(operation));
    const document = parse(text, PARSE_OPTIONS);
    expect(validateOperation(schema, document, { production: true }).map((error) => error.message)).toEqual([]);
  });
});
