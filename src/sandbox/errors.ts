/**
 * The two ways Buffer reports failure (facts §1.5–1.6): typed members of a
 * mutation's payload union (in `data`), and non-recoverable GraphQL errors
 * with `extensions.code` (in `errors`, HTTP 200).
 */
import { GraphQLError } from 'graphql';

export type MutationErrorType =
  | 'InvalidInputError'
  | 'LimitReachedError'
  | 'NotFoundError'
  | 'UnauthorizedError'
  | 'UnexpectedError'
  | 'RestProxyError'
  | 'VoidMutationError';

export type TypedError = {
  __typename: MutationErrorType;
  message: string;
};

export function typedError(type: MutationErrorType, message: string): TypedError {
  return { __typename: type, message };
}

export function codedError(code: 'NOT_FOUND' | 'FORBIDDEN' | 'UNEXPECTED' | 'BAD_USER_INPUT', message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}
