import { buildSchema, parse } from 'graphql';
import { operationInputViolations } from './operation-input';
import { prepareOperation, ValidatedDocuments } from './operation-validation';

const schema = buildSchema(`
  enum Kind { SAFETY OTHER }
  input Incident { type: Kind!, description: String! }
  input Input { title: String, notes: [String!], incidents: [Incident!] }
  type Query { plan(id: ID!, note: String): String }
  type Mutation { save(input: Input!): String }
`);

const check = (query: string, variables: Record<string, unknown> = {}, operationName?: string) => operationInputViolations(schema, parse(query), variables, operationName);

describe('the input check every operation passes', () => {
  it('names the field of unstorable text in variables, however deep', () => {
    expect(check(`mutation($input: Input!) { save(input: $input) }`, { input: { title: 'ok', notes: ['fine', 'bad\u0000'] } })).toEqual([
      { field: 'input.notes[1]', message: expect.stringMatching(/cannot be stored/) },
    ]);
    expect(check(`mutation($input: Input!) { save(input: $input) }`, { input: { incidents: [{ type: 'OTHER', description: '\udc00' }] } })[0].field).toBe('input.incidents[0].description');
  });

  it('names the argument path of unstorable text in literals, also inside fragments and in default values', () => {
    expect(check(`mutation { save(input: { incidents: [{ type: OTHER, description: "x\\u0000" }] }) }`)[0].field).toBe('input.incidents[0].description');
    expect(check(`query { ...F } fragment F on Query { plan(id: "1", note: "\\u0000") }`)[0].field).toBe('note');
    expect(check(`query($n: String = "\\u0000") { plan(id: "1", note: $n) }`)[0].field).toBe('note');
  });

  it('names the field a variable fills, not the variable: its argument, or its place inside an argument', () => {
    const [storable] = check(`query($f: String) { plan(id: "1", note: $f) }`, { f: 'a\u0000' });
    expect(storable).toEqual({ field: 'note', message: expect.stringMatching(/^Note contains a character that cannot be stored/) });
    expect(check(`mutation($i: Input!) { save(input: $i) }`, { i: { incidents: [{ type: 'SAFETYY', description: 'x' }] } })[0].field).toBe('input.incidents[0].type');
    expect(check(`mutation($t: String, $d: String!) { save(input: { title: $t, incidents: [{ type: OTHER, description: $d }] }) }`, { t: 'x\u0000', d: '\udc00' }).map((violation) => violation.field)).toEqual([
      'input.title',
      'input.incidents[0].description',
    ]);
    // A variable used in a fragment is named there too.
    expect(check(`query($f: String) { ...F } fragment F on Query { plan(id: "1", note: $f) }`, { f: '\u0000' })[0].field).toBe('note');
  });

  it('walks a document once for its literals, and still names them for every request that sends it', () => {
    const document = parse(`mutation M($input: Input!) { save(input: $input) } query Q { plan(id: "1", note: "\\u0000") }`);
    const first = operationInputViolations(schema, document, {}, 'Q');
    const again = operationInputViolations(schema, document, {}, 'Q');
    expect(first.map((violation) => violation.field)).toEqual(['note']);
    expect(again).toEqual(first);
    // Another operation of the same document has its own literals (none) and its own variables.
    expect(operationInputViolations(schema, document, { input: { title: 'x\u0000' } }, 'M').map((violation) => violation.field)).toEqual(['input.title']);
  });

  it('names the field of a variable that does not coerce, without suggestions', () => {
    const [violation] = check(`mutation($input: Input!) { save(input: $input) }`, { input: { incidents: [{ type: 'SAFETYY', description: 'x' }] } });
    expect(violation.field).toBe('input.incidents[0].type');
    expect(violation.message).not.toMatch(/Did you mean/);
  });

  it('looks only at the operation that runs', () => {
    const document = `query A($n: String) { plan(id: "1", note: $n) } query B { plan(id: "1", note: "\\u0000") }`;
    expect(check(document, { n: 'fine' }, 'A')).toEqual([]);
    expect(check(document, {}, 'B')).toHaveLength(1);
  });

  it('passes clean input', () => {
    expect(check(`mutation($input: Input!) { save(input: $input) }`, { input: { title: 'Stop 14 \u{1F6A8}', incidents: [{ type: 'SAFETY', description: 'Near miss' }] } })).toEqual([]);
  });
});

describe('prepareOperation with validated documents kept', () => {
  it('validates a document once, but checks every request’s input values', () => {
    const validated = new ValidatedDocuments(2);
    const query = `query($n: String) { plan(id: "1", note: $n) }`;
    const first = prepareOperation(schema, { query, variables: { n: 'fine' } }, { production: true }, validated);
    expect(Array.isArray(first)).toBe(false);
    expect(validated.get(query)).toBe(first);
    // The same text again: the same document, and bad input is still refused.
    expect(prepareOperation(schema, { query, variables: { n: 'ok' } }, { production: true }, validated)).toBe(first);
    const refused = prepareOperation(schema, { query, variables: { n: 'bad\u0000' } }, { production: true }, validated);
    expect(Array.isArray(refused) && refused[0].extensions.http).toEqual({ status: 400 });
    // Invalid documents are not kept; the oldest goes when full.
    expect(Array.isArray(prepareOperation(schema, { query: `query { nope }` }, { production: true }, validated))).toBe(true);
    expect(validated.get(`query { nope }`)).toBeUndefined();
    prepareOperation(schema, { query: `query { plan(id: "2") }` }, { production: true }, validated);
    prepareOperation(schema, { query: `query { plan(id: "3") }` }, { production: true }, validated);
    expect(validated.get(query)).toBeUndefined();
  });
});
