/**
 * The two ways Buffer reports failure (facts §1.5–1.6): typed members of a
 * mutation's payload union (in `data`), and non-recoverable GraphQL errors
 * with `extensions.code` (in `errors`, HTTP 200).
 */
import { GraphQLError } from 'graphql';

/** The typed error members of Buffer's mutation payload unions (reference). */
export const MUTATION_ERROR_TYPES = [
  'RestProxyError',
  'UnexpectedError',
  'VoidMutationError',
  'NotFoundError',
  'UnauthorizedError',
  'LimitReachedError',
  'InvalidInputError',
] as const;
export type MutationErrorType = (typeof MUTATION_ERROR_TYPES)[number];

export type TypedError = {
  __typename: MutationErrorType;
  message: string;
};

export function typedError(type: MutationErrorType, message: string): TypedError {
  return { __typename: type, message };
}

export function codedError(
  code: 'NOT_FOUND' | 'FORBIDDEN' | 'UNEXPECTED' | 'BAD_USER_INPUT',
  message: string,
): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}
