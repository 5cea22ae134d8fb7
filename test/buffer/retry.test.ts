import { describe, expect, it } from 'vitest';
import { BufferGraphQLError, BufferRateLimitError, BufferTransportError } from '../../src/buffer/errors.js';
import { rateLimitWaitMs, withRetry, type RetrySafety } from '../../src/buffer/retry.js';

/** Records requested waits instead of waiting. */
function fakeSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

/** An attempt function failing with the given errors in order, then succeeding. */
function failing(errors: Error[]) {
  let calls = 0;
  return {
    get calls() {
      return calls;
    },
    attempt: async () => {
      const e = errors[calls++];
      if (e) throw e;
      return 'ok';
    },
  };
}

const rate = (s?: number) => new BufferRateLimitError('15m', s);
const lost = () => new BufferTransportError('socket hang up', { mayHaveExecuted: true });

describe('429: Buffer policy (sleep Retry-After, retry, double, retry, surface)', () => {
  it('waits Retry-After then doubles it, for writes too', async () => {
    for (const safety of ['read', 'idempotent', 'unsafe'] as RetrySafety[]) {
      const { waits, sleep } = fakeSleep();
      const f = failing([rate(10), rate(10)]);
      await expect(withRetry(f.attempt, { safety, sleep, maxWaitMs: 60_000 })).resolves.toBe('ok');
      expect(waits).toEqual([10_000, 20_000]);
      expect(f.calls).toBe(3);
    }
  });

  it('surfaces the third 429', async () => {
    const { waits, sleep } = fakeSleep();
    const f = failing([rate(1), rate(1), rate(1)]);
    await expect(withRetry(f.attempt, { safety: 'read', sleep, maxWaitMs: 60_000 })).rejects.toBeInstanceOf(
      BufferRateLimitError,
    );
    expect(waits).toEqual([1000, 2000]);
  });

  it('does not wait past maxWaitMs, and says when to retry', async () => {
    const { waits, sleep } = fakeSleep();
    const f = failing([rate(600)]);
    const err = await withRetry(f.attempt, { safety: 'read', sleep, maxWaitMs: 300_000 }).catch((e) => e);
    expect(err).toBeInstanceOf(BufferRateLimitError);
    expect(err.message).toMatch(/`15m` window.*Retry after 10m/);
    expect(waits).toEqual([]);
  });

  it('never waits without a hint', () => {
    expect(rateLimitWaitMs(rate(undefined), 0, undefined, 2, 1e9)).toBeUndefined();
    expect(rateLimitWaitMs(rate(30), 1, 5_000, 2, 1e9)).toBe(30_000);
  });
});

describe('transport failures', () => {
  it('reads and idempotent writes retry with the given backoff', async () => {
    for (const safety of ['read', 'idempotent'] as RetrySafety[]) {
      const { waits, sleep } = fakeSleep();
      const f = failing([lost(), lost()]);
      await expect(withRetry(f.attempt, { safety, sleep, maxWaitMs: 1, transportDelaysMs: [5, 50] })).resolves.toBe(
        'ok',
      );
      expect(waits).toEqual([5, 50]);
    }
  });

  it('gives up after the backoff list', async () => {
    const { sleep } = fakeSleep();
    const f = failing([lost(), lost(), lost()]);
    await expect(
      withRetry(f.attempt, { safety: 'read', sleep, maxWaitMs: 1, transportDelaysMs: [1, 1] }),
    ).rejects.toBeInstanceOf(BufferTransportError);
    expect(f.calls).toBe(3);
  });

  it('creates are never resent when they may have executed', async () => {
    const { waits, sleep } = fakeSleep();
    const f = failing([lost()]);
    await expect(withRetry(f.attempt, { safety: 'unsafe', sleep, maxWaitMs: 1 })).rejects.toBeInstanceOf(
      BufferTransportError,
    );
    expect(f.calls).toBe(1);
    expect(waits).toEqual([]);
  });

  it('creates are resent when the request provably never left (connection refused)', async () => {
    const { sleep } = fakeSleep();
    const f = failing([new BufferTransportError('ECONNREFUSED', { mayHaveExecuted: false })]);
    await expect(withRetry(f.attempt, { safety: 'unsafe', sleep, maxWaitMs: 1 })).resolves.toBe('ok');
    expect(f.calls).toBe(2);
  });
});

it('other errors are not retried', async () => {
  const { sleep } = fakeSleep();
  const f = failing([new BufferGraphQLError(['bad'], undefined, true)]);
  await expect(withRetry(f.attempt, { safety: 'read', sleep, maxWaitMs: 1 })).rejects.toBeInstanceOf(
    BufferGraphQLError,
  );
  expect(f.calls).toBe(1);
});
