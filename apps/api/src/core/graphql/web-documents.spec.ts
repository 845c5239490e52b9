import { PAGE_SIZES } from '@jointops/domain';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  print,
  typeFromAST,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type OperationDefinitionNode,
} from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareOperation } from './operation-validation';
import { QUERY_LIMITS } from './query-limits';

/**
 * Our own pages must work within our own limits: every operation the web app sends, with the
 * fragments it uses and the variables its page sends, goes through what the server does before
 * executing anything (parse with the token cap, the specification's rules, depth, alias and cost
 * limits in production mode, then the variables' coercion and input checks) against the served
 * schema. A page whose query the server would refuse fails here, not in front of a user.
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

/**
 * The sizes the pages ask for, by operation: the largest page each one sends (libs/domain
 * PAGE_SIZES, which the pages import). Every operation with a `limit` or `first` variable must be
 * listed, so a new paged list states what it asks for.
 */
const PAGED: Record<string, Record<string, number>> = {
  Plans: { first: PAGE_SIZES.plans },
  PlanActivity: { limit: PAGE_SIZES.activity },
  PlanEventLog: { limit: PAGE_SIZES.eventLog },
  PlanAccessLogPage: { first: PAGE_SIZES.accessLogExport },
  AgreementAccessLog: { first: PAGE_SIZES.accessLog },
};
const SIZE_VARIABLES = new Set(['limit', 'first']);

/** A value the page could send for a variable of this type: required input fields filled in, recursively. */
function sampleValue(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, name);
  if (isListType(type)) return [sampleValue(type.ofType as GraphQLInputType, name)];
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0]!.value;
  if (isInputObjectType(named)) {
    return Object.fromEntries(
      Object.values(named.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, sampleValue(field.type, field.name)]),
    );
  }
  switch (named.name) {
    case 'ID':
      return '6f1c2a4e-8b3d-4c5e-9f70-1a2b3c4d5e6f';
    case 'Int':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return false;
    case 'DateTime':
      return '2027-03-01T10:00:00.000Z';
    default:
      return `A ${name}`;
  }
}

function variablesOf(operation: OperationDefinitionNode): Record<string, unknown> {
  const paged = PAGED[operation.name?.value ?? ''] ?? {};
  return Object.fromEntries(
    (operation.variableDefinitions ?? []).map((definition) => {
      const name = definition.variable.name.value;
      if (name in paged) return [name, paged[name]];
      return [name, sampleValue(typeFromAST(schema, definition.type as never) as GraphQLInputType, name)];
    }),
  );
}

/** The operation and every fragment it reaches, as the web app sends it. */
function asSent(operation: OperationDefinitionNode, fragmentsByName = fragments): DocumentNode {
  const needed = new Map<string, FragmentDefinitionNode>();
  const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragmentsByName.get(spread.name.value);
        if (fragment && !needed.has(fragment.name.value)) {
          needed.set(fragment.name.value, fragment);
          collect(fragment);
        }
      },
    });
  collect(operation);
  return { kind: Kind.DOCUMENT, definitions: [operation, ...needed.values()] };
}

/** What the server answers before executing: the errors' messages, or [] when it would run. */
function refusals(document: DocumentNode, operationName: string, variables: Record<string, unknown>): string[] {
  const prepared = prepareOperation(schema, { query: print(document), variables, operationName }, { production: true });
  return Array.isArray(prepared) ? prepared.map((error) => error.message) : [];
}

describe("the web app's operations", () => {
  it('are found', () => {
    expect(operations.length).toBeGreaterThan(40);
  });

  it('state the page size they send when they are paged', () => {
    const unstated = operations
      .filter((operation) => (operation.variableDefinitions ?? []).some((definition) => SIZE_VARIABLES.has(definition.variable.name.value)))
      .map((operation) => operation.name?.value)
      .filter((name) => !name || !PAGED[name]);
    expect(unstated).toEqual([]);
  });

  it.each(operations.map((operation) => [operation.name?.value ?? 'anonymous', operation] as const))(
    '%s passes the server validation and limits with the variables its page sends',
    (name, operation) => {
      expect(refusals(asSent(operation), name, variablesOf(operation))).toEqual([]);
    },
  );

  /**
   * The check itself: the Activity history as it shipped before issue 13 (a hundred events, each
   * entity fragment wrapped in an inline fragment of its own type) is refused at the limit of
   * 20,000, with the message the user once saw on the page.
   */
  it('refuses the Activity history as it was before, at the 20,000 limit', () => {
    expect(QUERY_LIMITS.maxCost).toBe(20_000);
    const wrapped = new Map(
      [...fragments].map(([name, fragment]) => [
        name,
        name.startsWith('Live')
          ? {
              ...fragment,
              selectionSet: {
                ...fragment.selectionSet,
                selections: fragment.selectionSet.selections.map((selection) => {
                  const target = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : undefined;
                  if (!target || target.typeCondition.name.value === fragment.typeCondition.name.value) return selection;
                  return { kind: Kind.INLINE_FRAGMENT, typeCondition: target.typeCondition, selectionSet: { kind: Kind.SELECTION_SET, selections: [selection] } } as const;
                }),
              },
            }
          : fragment,
      ]),
    );
    const old = parse(`query PlanActivity($id: ID!, $afterSeq: Int!) { plan(id: $id) { id lastSeq events(afterSeq: $afterSeq, limit: 100) { ...PlanEventFields } } }`).definitions[0] as OperationDefinitionNode;
    const messages = refusals(asSent(old, wrapped), 'PlanActivity', { id: '6f1c2a4e-8b3d-4c5e-9f70-1a2b3c4d5e6f', afterSeq: 0 });
    expect(messages).toEqual([expect.stringMatching(/^Syntax Error: Query Cost limit of 20000 exceeded, found \d+/)]);
  });
});
