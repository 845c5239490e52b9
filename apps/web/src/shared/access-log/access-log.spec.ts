import { PLAN_CONTENT_TYPENAMES } from '@jointops/domain';
import { buildSchema, getNamedType, isAbstractType, isObjectType, type GraphQLNamedType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasKindLabel, kindLabel } from './access-log';

/** The schema the API serves (it writes it at startup; the API's own specs read the same file). */
const schema = buildSchema(readFileSync(join(__dirname, '..', '..', '..', '..', 'api', 'schema.graphql'), 'utf8'));
const CONTENT = new Set<string>(PLAN_CONTENT_TYPENAMES);

/** Whether a result of this type can hold plan content, at any depth. */
function reachesContent(schema: GraphQLSchema, type: GraphQLNamedType, seen = new Set<string>()): boolean {
  if (CONTENT.has(type.name)) return true;
  if (seen.has(type.name)) return false;
  seen.add(type.name);
  if (isAbstractType(type)) return schema.getPossibleTypes(type).some((member) => reachesContent(schema, member, seen));
  if (isObjectType(type)) return Object.values(type.getFields()).some((field) => reachesContent(schema, getNamedType(field.type), seen));
  return false;
}

/** The root fields whose name the API records as an access log's kind: those that can return plan content. */
const recordedRootFields = (root: GraphQLObjectType | null | undefined): string[] =>
  Object.values(root?.getFields() ?? {})
    .filter((field) => reachesContent(schema, getNamedType(field.type)))
    .map((field) => field.name);

describe('access log kinds', () => {
  it('names every query and subscription that can return plan content', () => {
    const queries = recordedRootFields(schema.getQueryType());
    const subscriptions = recordedRootFields(schema.getSubscriptionType());
    // The walk finds what it must (else an empty list would pass).
    expect(queries).toEqual(expect.arrayContaining(['plan', 'plans', 'complaint', 'complaints', 'effectiveness', 'myWork']));
    expect(subscriptions).toEqual(expect.arrayContaining(['planEvents', 'notificationAdded']));
    expect(queries).not.toContain('users');
    expect([...queries, ...subscriptions].filter((name) => !hasKindLabel(name))).toEqual([]);
  });

  it('knows every plan-content type the schema has', () => {
    expect(PLAN_CONTENT_TYPENAMES.filter((name) => !isObjectType(schema.getType(name)))).toEqual([]);
  });

  it('words the complaint and effectiveness reads', () => {
    expect(kindLabel('complaint')).toBe('Complaint about this operation');
    expect(kindLabel('complaints')).toBe('Complaints list');
    expect(kindLabel('effectiveness')).toBe('Effectiveness report');
    expect(kindLabel('notificationAdded')).toBe('Notifications (live)');
  });

  it('reads a kind with no label as words, never a raw field name', () => {
    expect(kindLabel('somethingNew')).toBe('Something new');
    expect(kindLabel('planRiskScores')).toBe('Plan risk scores');
    expect(kindLabel('incident-log.pdf')).toBe('Incident log PDF');
    expect(kindLabel('')).toBe('—');
    expect(kindLabel(null)).toBe('—');
  });
});
