import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (2013-02-29 is not one). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function parse(value: unknown): string {
  if (!isIsoDate(value)) throw new GraphQLError(`Date must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(value)}`, { extensions: { code: 'BAD_USER_INPUT' } });
  return value;
}

/**
 * A calendar date without time or time zone (a deadline day, a holiday, the day an act was adopted), as "YYYY-MM-DD".
 * Kept as a string end to end so no time zone can shift it by a day.
 */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date without time zone, written YYYY-MM-DD (ISO 8601), e.g. 2009-12-29.',
  serialize(value) {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    // What PostgreSQL's date columns give is well-formed: the shape is enough (the full check is for input).
    if (typeof value === 'string' && ISO_DATE.test(value)) return value;
    return parse(value);
  },
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Date must be a string written YYYY-MM-DD', { extensions: { code: 'BAD_USER_INPUT' } });
    return parse(ast.value);
  },
});

/**
 * graphql-scalars' DateTime, answering with the ISO string itself: its own serializer returns a Date, which
 * JSON.stringify then has to print through Date#toJSON (the slow path: the answer of one application with its
 * history took twice as long to print). Same name, description, parsing and output.
 */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  ...DateTimeResolver.toConfig(),
  serialize(value) {
    // A valid Date (what entities and read views hold) is printed directly; anything else as graphql-scalars does.
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
    const date = DateTimeResolver.serialize(value) as Date | string;
    return date instanceof Date ? date.toISOString() : date;
  },
});
