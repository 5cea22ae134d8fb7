/**
 * When a failed request may be sent again. Buffer has no idempotency key, so
 * the answer depends on the operation (reference/buffer-idempotency.md):
 *
 * - 429: the gateway refused before executing anything, so every operation may
 *   wait `Retry-After` and retry. Buffer's published policy: sleep Retry-After,
 *   retry once; on a second 429 double the sleep, retry once more; then surface.
 *   A single wait longer than `maxWaitMs` is not waited: the error surfaces.
 * - Transport failure (network, timeout, 5xx, lost answer): reads and
 *   idempotent writes (editPost, deletePost) retry after a short bounded
 *   backoff; creates never do, unless we know the request never reached Buffer,
 *   because a second create would duplicate the post.
 *
 * Delays are parameters and `sleep` is injected, so tests never sleep.
 */
import { BufferRateLimitError, BufferTransportError } from './errors.js';

/** read: queries. idempotent: editPost, deletePost. unsafe: createPost, createIdea. */
export type RetrySafety = 'read' | 'idempotent' | 'unsafe';

export interface RetryOptions {
  safety: RetrySafety;
  sleep: (ms: number) => Promise<void>;
  /** Longest single Retry-After wait accepted; past it the 429 surfaces. */
  maxWaitMs: number;
  /** Retries after a 429 (Buffer's policy: 2). */
  rateLimitRetries?: number;
  /** Backoff before each transport retry; its length is the number of retries. */
  transportDelaysMs?: readonly number[];
}

export const DEFAULT_RATE_LIMIT_RETRIES = 2;
export const DEFAULT_TRANSPORT_DELAYS_MS: readonly number[] = [500, 2_000];

/** Whether a transport failure may be retried for this kind of operation. */
export function mayRetryTransport(safety: RetrySafety, error: BufferTransportError): boolean {
  return safety !== 'unsafe' || !error.mayHaveExecuted;
}

/**
 * The wait before retry number `retryIndex` (0-based) after a 429, or
 * undefined when the 429 must surface (no hint, budget spent, wait too long).
 */
export function rateLimitWaitMs(
  error: BufferRateLimitError,
  retryIndex: number,
  previousWaitMs: number | undefined,
  maxRetries: number,
  maxWaitMs: number,
): number | undefined {
  if (retryIndex >= maxRetries || error.retryAfterSeconds === undefined) return undefined;
  const hinted = error.retryAfterSeconds * 1000;
  // Second 429 in a row: double the previous sleep (but never wait less than Buffer asks).
  const wait = previousWaitMs === undefined ? hinted : Math.max(hinted, previousWaitMs * 2);
  return wait > maxWaitMs ? undefined : wait;
}

export async function withRetry<T>(attempt: () => Promise<T>, opts: RetryOptions): Promise<T> {
  const maxRateRetries = opts.rateLimitRetries ?? DEFAULT_RATE_LIMIT_RETRIES;
  const transportDelays = opts.transportDelaysMs ?? DEFAULT_TRANSPORT_DELAYS_MS;
  let rateRetries = 0;
  let transportRetries = 0;
  let previousWait: number | undefined;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (error instanceof BufferRateLimitError) {
        const wait = rateLimitWaitMs(error, rateRetries, previousWait, maxRateRetries, opts.maxWaitMs);
        if (wait === undefined) throw error;
        rateRetries++;
        previousWait = wait;
        await opts.sleep(wait);
        continue;
      }
      if (error instanceof BufferTransportError) {
        const delay = transportDelays[transportRetries];
        if (delay === undefined || !mayRetryTransport(opts.safety, error)) throw error;
        transportRetries++;
        await opts.sleep(delay);
        continue;
      }
      throw error;
    }
  }
}
