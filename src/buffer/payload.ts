/**
 * Mutation payload unions → a typed success or a typed error. Buffer returns
 * user-fixable failures (InvalidInputError, LimitReachedError, NotFoundError,
 * UnauthorizedError, UnexpectedError, RestProxyError, VoidMutationError) as
 * union members in `data`, not in `errors[]`; each becomes a value, because a
 * batch holds one per item and one failure must not hide the others.
 */
import { toIdea, toPost } from './mappers.js';
import type { MutationKind } from './documents.js';
import type { Idea, Post } from './types.js';

export interface BufferMutationError {
  type:
    | 'InvalidInputError'
    | 'LimitReachedError'
    | 'NotFoundError'
    | 'UnauthorizedError'
    | 'UnexpectedError'
    | 'RestProxyError'
    | 'VoidMutationError'
    | string;
  message: string;
  /** RestProxyError only: the legacy REST error code. */
  code?: number;
  /** RestProxyError only: help-centre link. */
  link?: string;
  /** BufferRateLimitError only (a batch refused by the gateway): the exhausted window and when it frees. */
  window?: string;
  retryAfterSeconds?: number;
}

export type MutationResult<T> = { ok: true; value: T } | { ok: false; error: BufferMutationError };

/** Success members per mutation, as the official CLI's `successTypes`. */
const SUCCESS_TYPES: Record<MutationKind, readonly string[]> = {
  createPost: ['PostActionSuccess'],
  editPost: ['PostActionSuccess'],
  deletePost: ['DeletePostSuccess'],
  createIdea: ['Idea', 'IdeaResponse'],
};

export function toMutationError(payload: Record<string, unknown>): BufferMutationError {
  const type = typeof payload.__typename === 'string' ? payload.__typename : 'UnknownError';
  const error: BufferMutationError = {
    type,
    message: typeof payload.message === 'string' ? payload.message : `Operation returned error type \`${type}\``,
  };
  if (typeof payload.code === 'number') error.code = payload.code;
  if (typeof payload.link === 'string') error.link = payload.link;
  return error;
}

/**
 * Map one payload. A payload whose success member lacks its object (e.g. an
 * `IdeaResponse` with `idea: null`) is an UnexpectedError, not a crash.
 */
export function mapPayload(kind: MutationKind, payload: unknown): MutationResult<Post | { id: string } | Idea> {
  const p = (payload && typeof payload === 'object' ? payload : {}) as Record<string, unknown>;
  const typename = p.__typename;
  if (typeof typename === 'string' && !SUCCESS_TYPES[kind].includes(typename)) {
    return { ok: false, error: toMutationError(p) };
  }
  switch (kind) {
    case 'createPost':
    case 'editPost':
      return p.post ? { ok: true, value: toPost(p.post) } : missing(kind);
    case 'deletePost':
      return typeof p.id === 'string' ? { ok: true, value: { id: p.id } } : missing(kind);
    case 'createIdea': {
      const idea = typename === 'IdeaResponse' ? p.idea : p;
      return idea && typeof idea === 'object' && 'id' in idea ? { ok: true, value: toIdea(idea) } : missing(kind);
    }
  }
}

function missing(kind: MutationKind): MutationResult<never> {
  return { ok: false, error: { type: 'UnexpectedError', message: `Buffer's ${kind} answer carried no result` } };
}

/** Buffer's answer to deleting a post that is not there (any more). */
export function isNotFoundError(error: BufferMutationError): boolean {
  return error.type === 'NotFoundError' || /not\s*found|does not exist|no longer exists/i.test(error.message);
}
