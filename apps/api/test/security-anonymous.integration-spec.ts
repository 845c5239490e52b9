import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { SESSION_REQUIRED_MESSAGE } from '../src/core/guards/session.guard';
import { startTestApp, type GqlResponse, type TestApp } from './support/test-app';

/** DESIGN section 8: nothing else answers without a session. */
const ANONYMOUS = ['Query.complaintStatus', 'Query.passkeyLoginOptions', 'Query.publicAgencies', 'Query.publicTransparency', 'Mutation.completeLogin', 'Mutation.fileComplaint', 'Mutation.login'];

const SAMPLE_SCALARS: Record<string, unknown> = {
  ID: '00000000-0000-4000-8000-000000000000',
  String: 'anonymous walk',
  Int: 1,
  Float: 1,
  Boolean: false,
  DateTime: '2026-01-01T00:00:00.000Z',
};

/** A value of the type that passes GraphQL's own validation, so the refusal (if any) is the server's. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, sample(field.type)]),
    );
  }
  const named = getNamedType(type).name;
  if (!(named in SAMPLE_SCALARS)) throw new Error(`No sample for the scalar ${named}: add one to the walk.`);
  return SAMPLE_SCALARS[named];
}

/** `query Walk($a0: T!) { field(arg: $a0) { __typename } }` with its variables. */
function operationFor(kind: 'query' | 'mutation' | 'subscription', field: GraphQLField<unknown, unknown>): { query: string; variables: Record<string, unknown> } {
  const declared = field.args.map((arg, index) => `$a${index}: ${arg.type.toString()}`);
  const passed = field.args.map((arg, index) => `${arg.name}: $a${index}`);
  const variables = Object.fromEntries(field.args.map((arg, index) => [`a${index}`, sample(arg.type)]));
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  const query = `${kind} Walk${declared.length ? `(${declared.join(', ')})` : ''} { ${field.name}${passed.length ? `(${passed.join(', ')})` : ''}${selection} }`;
  return { query, variables };
}

/** The guard's refusal, not an operation's own UNAUTHENTICATED (a wrong password, an unknown challenge). */
const refusedForNoSession = (response: GqlResponse) =>
  (response.errors ?? []).some((error) => error.extensions?.['code'] === 'UNAUTHENTICATED' && error.message === SESSION_REQUIRED_MESSAGE);

describe('security: without a session, only the seven public operations answer', () => {
  let t: TestApp;
  let fields: Array<{ kind: 'query' | 'mutation'; name: string; field: GraphQLField<unknown, unknown> }>;
  let subscriptions: GraphQLObjectType | null | undefined;

  beforeAll(async () => {
    t = await startTestApp();
    const { schema } = t.app.get(GraphQLSchemaHost);
    fields = [
      ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({ kind: 'query' as const, name: `Query.${field.name}`, field })),
      ...Object.values(schema.getMutationType()!.getFields()).map((field) => ({ kind: 'mutation' as const, name: `Mutation.${field.name}`, field })),
    ];
    subscriptions = schema.getSubscriptionType();
  });
  afterAll(() => t.close());

  it('serves every public operation the design names', () => {
    expect(ANONYMOUS.filter((name) => !fields.some((field) => field.name === name))).toEqual([]);
  });

  it('refuses every other query and mutation with UNAUTHENTICATED, and lets the public ones through', async () => {
    const answered: string[] = [];
    for (const { kind, name, field } of fields) {
      const { query, variables } = operationFor(kind, field);
      const response = await t.gql(query, variables, null);
      // GraphQL's own validation must pass, or the walk proves nothing about the server's guard.
      expect({ name, codes: (response.errors ?? []).map((error) => error.extensions?.['code']) }).not.toEqual({ name, codes: expect.arrayContaining(['GRAPHQL_VALIDATION_FAILED']) });
      if (refusedForNoSession(response)) {
        expect({ name, data: response.data?.[field.name] ?? null }).toEqual({ name, data: null });
      } else {
        answered.push(name);
      }
    }
    expect(answered.sort()).toEqual(ANONYMOUS.filter((name) => fields.some((field) => field.name === name)).sort());
  });

  it('refuses a subscription socket without a session (4403), whatever it subscribes to', async () => {
    const names = Object.values(subscriptions?.getFields() ?? {});
    expect(names.length).toBeGreaterThan(0);
    for (const field of names) {
      const { query, variables } = operationFor('subscription', field);
      const client = t.wsClient(null);
      const code = await new Promise<number>((resolve) => {
        client.on('closed', (event) => resolve((event as { code: number }).code));
        client.subscribe({ query, variables }, { next: () => undefined, error: () => undefined, complete: () => undefined });
      });
      expect({ field: field.name, code }).toEqual({ field: field.name, code: 4403 });
      await client.dispose();
    }
  });
});
