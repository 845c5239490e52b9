import { dateTimeProblem } from '@jointops/domain';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** Refuses anything but a real calendar date and time of day with an offset (2027-02-30 is not 2 March). */
function parse(value: unknown): Date {
  const problem = dateTimeProblem(value);
  if (problem) throw new GraphQLError(problem);
  const date = new Date(value as string);
  if (Number.isNaN(date.getTime())) throw new GraphQLError(`"${value}" is not a valid date-time.`);
  return date;
}

/** The contract's DateTime: accepts any offset, always answers in UTC. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'ISO-8601 date-time with an offset, e.g. 2027-03-01T14:00:00Z. Returned in UTC.',
  serialize(value) {
    const date = value instanceof Date ? value : new Date(value as string);
    if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime cannot represent an invalid date.');
    return date.toISOString();
  },
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('DateTime must be a string.');
    return parse(ast.value);
  },
});
