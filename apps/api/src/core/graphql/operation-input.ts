import { checkStorableText, type FieldViolation } from '@jointops/domain';
import { withoutSuggestions } from '../errors/graphql-error.formatter';
import {
  coerceInputValue,
  getOperationAST,
  Kind,
  typeFromAST,
  visit,
  type ArgumentNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
} from 'graphql';

/** `input` + ['incidents', 0, 'type'] -> `input.incidents[0].type`, the way services name fields. */
function fieldPath(base: string, path: ReadonlyArray<string | number>): string {
  return path.reduce<string>((field, key) => (typeof key === 'number' ? `${field}[${key}]` : `${field}.${key}`), base);
}

/** Every string inside a variable's JSON value, wherever it sits (keys included). */
function unstorableInJson(field: string, value: unknown, violations: FieldViolation[]): void {
  if (typeof value === 'string') {
    const violation = checkStorableText(field, value);
    if (violation) violations.push(violation);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => unstorableInJson(`${field}[${index}]`, item, violations));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const violation = checkStorableText(`${field}.${key}`, key);
      if (violation) violations.push(violation);
      unstorableInJson(`${field}.${key}`, item, violations);
    }
  }
}

/** Every string literal inside an argument's value in the document; variables are checked on their own. */
function unstorableInLiteral(field: string, node: ValueNode, violations: FieldViolation[]): void {
  if (node.kind === Kind.STRING) {
    const violation = checkStorableText(field, node.value);
    if (violation) violations.push(violation);
  } else if (node.kind === Kind.LIST) {
    node.values.forEach((item, index) => unstorableInLiteral(`${field}[${index}]`, item, violations));
  } else if (node.kind === Kind.OBJECT) {
    for (const item of node.fields) unstorableInLiteral(`${field}.${item.name.value}`, item.value, violations);
  }
}

/** The operation and the fragments it spreads, directly or through other fragments. */
function executedDefinitions(document: DocumentNode, operation: OperationDefinitionNode): Array<OperationDefinitionNode | FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const used: Array<OperationDefinitionNode | FragmentDefinitionNode> = [operation];
  const seen = new Set<string>();
  for (let index = 0; index < used.length; index++) {
    visit(used[index], {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !seen.has(fragment.name.value)) {
          seen.add(fragment.name.value);
          used.push(fragment);
        }
      },
    });
  }
  return used;
}

/** Where each variable is used, named as services name fields: `$p` in `updatePlan(patch: $p)` is `patch`. */
function variablePlaces(field: string, node: ValueNode, places: Map<string, string>): void {
  if (node.kind === Kind.VARIABLE) {
    if (!places.has(node.name.value)) places.set(node.name.value, field);
  } else if (node.kind === Kind.LIST) {
    node.values.forEach((item, index) => variablePlaces(`${field}[${index}]`, item, places));
  } else if (node.kind === Kind.OBJECT) {
    for (const item of node.fields) variablePlaces(`${field}.${item.name.value}`, item.value, places);
  }
}

/** What a document's own text says about its inputs: the same for every request that sends it. */
interface DocumentInputs {
  /** What its string literals break. */
  literals: readonly FieldViolation[];
  /** Each variable's field: the argument (and the place inside it) where it is first used. */
  fieldOfVariable: ReadonlyMap<string, string>;
}

const documentInputs = new WeakMap<DocumentNode, WeakMap<OperationDefinitionNode, DocumentInputs>>();

/**
 * The arguments of the operation and the fragments it runs: their string literals checked, and
 * where each variable goes. Apollo and the ws server hand the same document object to every
 * request with the same text, so this walk runs once per document, not once per request (per
 * request, it cost about 3% of a busy instance's time in the concurrent-edits bench).
 */
function inputsOf(document: DocumentNode, operation: OperationDefinitionNode): DocumentInputs {
  let byOperation = documentInputs.get(document);
  if (!byOperation) {
    byOperation = new WeakMap();
    documentInputs.set(document, byOperation);
  }
  let found = byOperation.get(operation);
  if (!found) {
    const literals: FieldViolation[] = [];
    const fieldOfVariable = new Map<string, string>();
    for (const definition of executedDefinitions(document, operation)) {
      visit(definition, {
        Argument(argument: ArgumentNode) {
          unstorableInLiteral(argument.name.value, argument.value, literals);
          variablePlaces(argument.name.value, argument.value, fieldOfVariable);
        },
      });
    }
    found = { literals, fieldOfVariable };
    byOperation.set(operation, found);
  }
  return found;
}

/**
 * The one check that every value a resolver can receive passes, over HTTP and WebSocket alike,
 * after validation and before anything executes. Values come from the document's literals or
 * from the request's variables, so both are looked at:
 * - text must be storable: a NUL or an unpaired surrogate in any string is refused, whatever the
 *   field, instead of failing in the database as a 500;
 * - variables must coerce to their declared types, so a refusal by a scalar (an impossible
 *   calendar date) or an enum names the field instead of surfacing mid-execution.
 * Fields are named as services name them, after the argument (not the variable) they fill:
 * `input.incidents[0].description`.
 */
export function operationInputViolations(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>> | null | undefined,
  operationName: string | null | undefined,
): FieldViolation[] {
  const operation = getOperationAST(document, operationName);
  // No operation to run: execution itself answers that.
  if (!operation) return [];
  const violations: FieldViolation[] = [];
  const values = variables ?? {};
  const { literals, fieldOfVariable } = inputsOf(document, operation);

  for (const definition of operation.variableDefinitions ?? []) {
    const variable = definition.variable.name.value;
    // Named by the field it fills, not by the variable: `patch.startsAt`, not `p.startsAt`.
    const name = fieldOfVariable.get(variable) ?? variable;
    const raw = values[variable];
    if (raw === undefined) {
      if (definition.defaultValue) unstorableInLiteral(name, definition.defaultValue, violations);
      continue;
    }
    const before = violations.length;
    unstorableInJson(name, raw, violations);
    if (violations.length > before) continue;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (!type) continue;
    coerceInputValue(raw, type, (path, _invalid, error) => violations.push({ field: fieldPath(name, path), message: withoutSuggestions(error.message) }));
  }

  violations.push(...literals);

  const seen = new Set<string>();
  return violations.filter((violation) => !seen.has(violation.field) && seen.add(violation.field));
}
