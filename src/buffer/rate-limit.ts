/**
 * Reads Buffer's rate-limit headers so callers know their remaining budget
 * before they spend it (the free plan allows 100 requests / 15 min).
 *
 * Current contract: IETF draft-8 `RateLimit` + `RateLimit-Policy`, one list
 * item per window (15m, 24h, 30d). Repeated header lines reach us joined with
 * ", " (that is what fetch's Headers does), so both are parsed as
 * structured-field lists. Policies are matched to windows by their length `w`,
 * never by name: Buffer generates names from the plan's quota.
 * Fallback: legacy `X-RateLimit-Limit/Remaining/Reset` (Reset = epoch seconds).
 */
import type { RateLimitWindow } from './errors.js';

export interface RateLimitWindowStatus {
  /** '15m' | '24h' | '30d', or `<w>s` for a window length Buffer did not document, or 'legacy'. */
  window: RateLimitWindow | string;
  limit: number | undefined;
  remaining: number | undefined;
  /** Seconds until this window frees capacity, from `t` (or the legacy epoch Reset). */
  resetSeconds: number | undefined;
}

export interface RateLimitStatus {
  windows: RateLimitWindowStatus[];
  /** The window with the fewest requests left: the one that will answer 429 first. */
  tightest: RateLimitWindowStatus | undefined;
}

export type HeaderSource = Headers | Record<string, string | number | string[] | undefined>;

const WINDOW_BY_SECONDS: Record<number, RateLimitWindow> = { 900: '15m', 86400: '24h', 2592000: '30d' };

/** One structured-field list member: its name (quoted string or token) and its parameters. */
interface ListItem {
  name: string;
  params: Map<string, string>;
}

export function readHeader(headers: HeaderSource, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') {
    return (headers as Headers).get(name) ?? undefined;
  }
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers as Record<string, unknown>)) {
    if (key.toLowerCase() !== wanted || value === undefined) continue;
    return Array.isArray(value) ? value.join(', ') : String(value);
  }
  return undefined;
}

/** Split on commas and semicolons that are outside quoted strings and byte sequences. */
function splitTopLevel(value: string, separator: ',' | ';'): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  let inBytes = false;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (quoted) {
      current += ch;
      if (ch === '\\' && i + 1 < value.length) current += value[++i];
      else if (ch === '"') quoted = false;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === ':') inBytes = !inBytes;
    if (ch === separator && !inBytes) {
      parts.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  if (current.trim() !== '') parts.push(current.trim());
  return parts.filter((p) => p !== '');
}

function unquote(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) {
    return v.slice(1, -1).replace(/\\(.)/g, '$1');
  }
  return v;
}

export function parseStructuredList(value: string): ListItem[] {
  return splitTopLevel(value, ',').map((member) => {
    const [head = '', ...rest] = splitTopLevel(member, ';');
    const params = new Map<string, string>();
    for (const param of rest) {
      const eq = param.indexOf('=');
      // A bare key is boolean true in structured fields.
      if (eq < 0) params.set(param.trim().toLowerCase(), '?1');
      else params.set(param.slice(0, eq).trim().toLowerCase(), unquote(param.slice(eq + 1)));
    }
    return { name: unquote(head), params };
  });
}

function intParam(params: Map<string, string> | undefined, ...keys: string[]): number | undefined {
  if (!params) return undefined;
  for (const key of keys) {
    const raw = params.get(key);
    if (raw !== undefined && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  }
  return undefined;
}

function windowName(seconds: number | undefined, fallback: string): string {
  if (seconds === undefined) return fallback;
  return WINDOW_BY_SECONDS[seconds] ?? `${seconds}s`;
}

function pickTightest(windows: RateLimitWindowStatus[]): RateLimitWindowStatus | undefined {
  let best: RateLimitWindowStatus | undefined;
  for (const w of windows) {
    if (w.remaining === undefined) continue;
    if (
      !best ||
      w.remaining < best.remaining! ||
      (w.remaining === best.remaining && (w.resetSeconds ?? 0) > (best.resetSeconds ?? 0))
    ) {
      best = w;
    }
  }
  return best ?? windows[0];
}

function parseDraft8(state: string | undefined, policy: string | undefined): RateLimitWindowStatus[] {
  const states = state ? parseStructuredList(state) : [];
  const policies = policy ? parseStructuredList(policy) : [];
  const byName = new Map(policies.map((p) => [p.name, p]));
  const windows: RateLimitWindowStatus[] = [];
  const usedPolicies = new Set<ListItem>();
  states.forEach((item, index) => {
    // Pair state with its policy by name; fall back to position like the official CLI.
    const pol = byName.get(item.name) ?? policies[index];
    if (pol) usedPolicies.add(pol);
    const seconds = intParam(pol?.params, 'w') ?? intParam(item.params, 'w');
    windows.push({
      window: windowName(seconds, item.name),
      limit: intParam(pol?.params, 'q', 'limit') ?? intParam(item.params, 'q', 'limit'),
      remaining: intParam(item.params, 'r', 'remaining'),
      resetSeconds: intParam(item.params, 't', 'reset'),
    });
  });
  // A policy without a state line still tells the quota.
  for (const pol of policies) {
    if (usedPolicies.has(pol)) continue;
    windows.push({
      window: windowName(intParam(pol.params, 'w'), pol.name),
      limit: intParam(pol.params, 'q', 'limit'),
      remaining: undefined,
      resetSeconds: undefined,
    });
  }
  return windows;
}

/**
 * Parse the rate-limit headers of one response; `undefined` when it carries none
 * (Buffer's 401 has none). `nowMs` turns the legacy epoch Reset into seconds.
 */
export function parseRateLimitHeaders(headers: HeaderSource, nowMs: number = Date.now()): RateLimitStatus | undefined {
  const state = readHeader(headers, 'ratelimit');
  const policy = readHeader(headers, 'ratelimit-policy');
  let windows: RateLimitWindowStatus[] = [];
  if (state || policy) {
    windows = parseDraft8(state, policy);
  } else {
    const limit = readHeader(headers, 'x-ratelimit-limit');
    const remaining = readHeader(headers, 'x-ratelimit-remaining');
    const reset = readHeader(headers, 'x-ratelimit-reset');
    if (limit !== undefined || remaining !== undefined || reset !== undefined) {
      const num = (v: string | undefined) => (v !== undefined && /^\d+$/.test(v.trim()) ? Number(v.trim()) : undefined);
      const resetEpoch = num(reset);
      windows = [
        {
          window: 'legacy',
          limit: num(limit),
          remaining: num(remaining),
          resetSeconds: resetEpoch === undefined ? undefined : Math.max(0, Math.ceil(resetEpoch - nowMs / 1000)),
        },
      ];
    }
  }
  if (windows.length === 0) return undefined;
  return { windows, tightest: pickTightest(windows) };
}

/** `Retry-After` as delta-seconds or an HTTP-date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, nowMs: number = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v);
  const at = Date.parse(v);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - nowMs) / 1000));
}
