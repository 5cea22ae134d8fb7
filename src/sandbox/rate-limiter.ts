/**
 * Buffer's request budget: three rolling windows per API key (15 minutes,
 * 24 hours, 30 days), reported with IETF draft-8 `RateLimit` /
 * `RateLimit-Policy` headers (facts §1.7). Time is the sandbox clock, so tests
 * can exhaust and refill a window without waiting.
 */
import { createHash } from 'node:crypto';

export type RateWindow = '15m' | '24h' | '30d';
export type RateLimits = Record<RateWindow, number>;

/** Buffer's free plan (facts §2). */
export const FREE_PLAN_RATE_LIMITS: RateLimits = { '15m': 100, '24h': 250, '30d': 3000 };

const WINDOWS: { name: RateWindow; seconds: number; label: string }[] = [
  { name: '15m', seconds: 900, label: '15min' },
  { name: '24h', seconds: 86_400, label: '1day' },
  { name: '30d', seconds: 2_592_000, label: '30days' },
];

export type RateDecision =
  | { allowed: true; headers: Record<string, string[]> }
  | { allowed: false; window: RateWindow; retryAfterSeconds: number; headers: Record<string, string[]> };

export class RateLimiter {
  /** Accepted request instants (ms) per key, oldest first. Rejected requests are not recorded, so waiting `Retry-After` always works. */
  private readonly hits = new Map<string, number[]>();

  constructor(private readonly limits: RateLimits) {}

  reset(): void {
    this.hits.clear();
  }

  /** Records one request for `key` at `nowMs` unless a window is exhausted. */
  take(key: string, nowMs: number): RateDecision {
    const all = this.prune(key, nowMs);
    const exceeded = WINDOWS.map((w) => {
      const inWindow = this.inWindow(all, w.seconds, nowMs);
      return {
        w,
        inWindow,
        retry:
          inWindow.length >= this.limits[w.name]
            ? this.secondsUntilSlotFrees(inWindow, w.seconds, nowMs, this.limits[w.name])
            : 0,
      };
    }).filter((x) => x.inWindow.length >= this.limits[x.w.name]);
    if (exceeded.length > 0) {
      // Report the window that keeps the client waiting longest: retrying earlier would fail again.
      const worst = exceeded.reduce((a, b) => (b.retry > a.retry ? b : a));
      return {
        allowed: false,
        window: worst.w.name,
        retryAfterSeconds: worst.retry,
        headers: this.headers(key, all, nowMs),
      };
    }
    all.push(nowMs);
    return { allowed: true, headers: this.headers(key, all, nowMs) };
  }

  private prune(key: string, nowMs: number): number[] {
    const longest = WINDOWS[WINDOWS.length - 1]!.seconds * 1000;
    let all = this.hits.get(key);
    if (!all) {
      all = [];
      this.hits.set(key, all);
    }
    const firstLive = all.findIndex((t) => t > nowMs - longest);
    if (firstLive === -1) all.length = 0;
    else if (firstLive > 0) all.splice(0, firstLive);
    return all;
  }

  private inWindow(all: number[], seconds: number, nowMs: number): number[] {
    const from = nowMs - seconds * 1000;
    return all.filter((t) => t > from);
  }

  /** Seconds until enough old hits leave the window for one more request to fit. */
  private secondsUntilSlotFrees(inWindow: number[], seconds: number, nowMs: number, limit: number): number {
    const mustExpire = inWindow[inWindow.length - limit] ?? inWindow[0] ?? nowMs;
    return Math.max(1, Math.ceil((mustExpire + seconds * 1000 - nowMs) / 1000));
  }

  private headers(key: string, all: number[], nowMs: number): Record<string, string[]> {
    const pk = `:${Buffer.from(createHash('sha256').update(key).digest('hex').slice(0, 12)).toString('base64')}:`;
    const state: string[] = [];
    const policy: string[] = [];
    for (const w of WINDOWS) {
      const q = this.limits[w.name];
      const name = `"${q}-in-${w.label}"`;
      const inWindow = this.inWindow(all, w.seconds, nowMs);
      const oldest = inWindow[0];
      const t = oldest === undefined ? w.seconds : Math.max(0, Math.ceil((oldest + w.seconds * 1000 - nowMs) / 1000));
      state.push(`${name};r=${Math.max(0, q - inWindow.length)};t=${t}`);
      policy.push(`${name};q=${q};w=${w.seconds};pk=${pk}`);
    }
    return { RateLimit: state, 'RateLimit-Policy': policy };
  }
}
