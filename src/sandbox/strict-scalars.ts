/**
 * Buffer's custom scalars, as strict as Buffer's gateway (issue 12): the SDL
 * alone (`buildSchema`) gives every custom scalar graphql-js's default
 * behaviour, which accepts any JSON, so `28` as a `ChannelId` or
 * `"next tuesday"` as a `DateTime` used to pass here and fail on Buffer.
 *
 * - The ObjectId scalars (reference "Scalars": `AccountId`, `ChannelId`, …
 *   "represents the MongoDB ObjectId of a Buffer …") accept only strings.
 *   Only the type is enforced: the reference describes the IDs but says
 *   nothing of refusing a badly shaped string at coercion, and an unknown ID
 *   already answers as Buffer does for an unknown resource (NotFoundError /
 *   NOT_FOUND), so a stricter format check would be a guess. The built-in
 *   `ID` (e.g. `CreateIdeaInput.organizationId: ID!`) keeps the GraphQL
 *   spec's coercion, which takes an integer as its decimal string, as any
 *   spec-compliant server does.
 * - `DateTime` ("a date and time following the ISO 8601 standard") accepts
 *   only a string holding a calendar date, a time and a UTC offset (`Z` or
 *   ±hh:mm), the form every Buffer answer uses; a bare date, a date-time with
 *   no offset or free text is refused.
 *
 * A refused variable is a variable-coercion error (no `data`); a refused
 * literal in the document fails validation (ValuesOfCorrectTypeRule calls
 * parseLiteral). engine.ts gives those their `extensions.code`.
 */
import { GraphQLError, GraphQLScalarType, Kind, type GraphQLSchema, type ValueNode } from 'graphql';

/** The ObjectId scalars of the reference that the sandbox's SDL carries. */
export const ID_SCALARS = [
  'AccountId',
  'ChannelId',
  'DraftId',
  'IdeaId',
  'NoteId',
  'OrganizationId',
  'PostId',
  'PostTemplateId',
  'TagId',
] as const;

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?([Zz]|[+-]\d{2}:?\d{2})$/;

/** True for an ISO 8601 date-time with offset that names a real instant (no Feb 30). */
export function isIsoDateTime(value: string): boolean {
  const m = ISO_DATE_TIME.exec(value);
  if (!m) return false;
  const [, y, mo, d, h, mi, s] = m;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return false;
  const day = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  return (
    day.getUTCFullYear() === Number(y) &&
    day.getUTCMonth() === Number(mo) - 1 &&
    day.getUTCDate() === Number(d) &&
    !Number.isNaN(Date.parse(value))
  );
}

/** How the value reads in an error message (JSON, as it was sent). */
function inspect(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function literalString(name: string, ast: ValueNode): string {
  if (ast.kind !== Kind.STRING)
    throw new GraphQLError(
      `${name} cannot represent a non-string value: ${ast.kind === Kind.INT || ast.kind === Kind.FLOAT || ast.kind === Kind.BOOLEAN || ast.kind === Kind.ENUM ? String(ast.value) : ast.kind}`,
      { nodes: ast },
    );
  return ast.value;
}

function idScalar(scalar: GraphQLScalarType): void {
  const name = scalar.name;
  const parse = (value: unknown): string => {
    if (typeof value !== 'string')
      throw new GraphQLError(`${name} cannot represent a non-string value: ${inspect(value)}`);
    return value;
  };
  // Output is the sandbox's own data: passed through, only input is policed.
  Object.assign(scalar, {
    parseValue: parse,
    serialize: (v: unknown) => v,
    parseLiteral: (ast: ValueNode) => literalString(name, ast),
  });
}

function dateTimeScalar(scalar: GraphQLScalarType): void {
  const parse = (value: unknown): string => {
    if (typeof value !== 'string')
      throw new GraphQLError(`DateTime cannot represent a non-string value: ${inspect(value)}`);
    if (!isIsoDateTime(value))
      throw new GraphQLError(
        `DateTime cannot represent an invalid date-time string ${inspect(value)}: expected ISO 8601 with a time and an offset, e.g. 2027-02-01T09:00:00.000Z`,
      );
    return value;
  };
  Object.assign(scalar, {
    parseValue: parse,
    serialize: (v: unknown) => v,
    parseLiteral: (ast: ValueNode) => {
      const text = literalString('DateTime', ast);
      try {
        return parse(text);
      } catch (e) {
        throw new GraphQLError((e as GraphQLError).message, { nodes: ast });
      }
    },
  });
}

/** Replaces the permissive default behaviour of the schema's custom scalars, in place. */
export function makeScalarsStrict(schema: GraphQLSchema): GraphQLSchema {
  for (const name of ID_SCALARS) {
    const type = schema.getType(name);
    if (!(type instanceof GraphQLScalarType)) throw new Error(`The sandbox SDL has no scalar ${name}`);
    idScalar(type);
  }
  const dateTime = schema.getType('DateTime');
  if (!(dateTime instanceof GraphQLScalarType)) throw new Error('The sandbox SDL has no scalar DateTime');
  dateTimeScalar(dateTime);
  return schema;
}
