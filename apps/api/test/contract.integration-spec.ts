import { GraphQLSchemaHost } from '@nestjs/graphql';
import { buildSchema, findBreakingChanges, lexicographicSortSchema, printSchema } from 'graphql';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, type TestApp } from './support/test-app';

const ROOT = join(__dirname, '..', '..', '..');
const CONTRACT = join(ROOT, 'test', 'contract', 'contract.graphql');
const PENDING = join(ROOT, 'test', 'contract', 'pending.txt');
/** The served schema, committed: GraphQL Code Generator builds the web's types from it. */
const SERVED = join(ROOT, 'apps', 'api', 'schema.graphql');

/** "Query.plans was removed." -> "Query.plans"; "Plan was removed." -> "Plan"; "... arg x ..." -> "Query.plans". */
function subjectOf(description: string): string {
  const words = description.replace(/^Standard scalar /, '').split(/\s/);
  return words[0].replace(/\.$/, '');
}

describe('the served schema against the contract', () => {
  let t: TestApp;
  let served: string;

  beforeAll(async () => {
    t = await startTestApp();
    served = printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema));
  });
  afterAll(() => t.close());

  const pending = () =>
    new Set(
      readFileSync(PENDING, 'utf8')
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#')),
    );

  it('breaks nothing in the contract except what pending.txt still lists', () => {
    const changes = findBreakingChanges(buildSchema(readFileSync(CONTRACT, 'utf8')), buildSchema(served));
    const unlisted = changes.filter((change) => !pending().has(subjectOf(change.description)));
    expect(unlisted.map((change) => `${change.type}: ${change.description}`)).toEqual([]);
  });

  it('lists nothing in pending.txt that is already served', () => {
    const changes = findBreakingChanges(buildSchema(readFileSync(CONTRACT, 'utf8')), buildSchema(served));
    const stillMissing = new Set(changes.map((change) => subjectOf(change.description)));
    expect([...pending()].filter((entry) => !stillMissing.has(entry))).toEqual([]);
  });

  it('matches the committed apps/api/schema.graphql (UPDATE_SCHEMA=1 rewrites it)', () => {
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SERVED, served);
    expect(existsSync(SERVED) ? readFileSync(SERVED, 'utf8') : '').toBe(served);
  });
});
