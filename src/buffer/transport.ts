/**
 * One HTTP round trip to Buffer's GraphQL endpoint through @octokit/request
 * (which, unlike @octokit/graphql, gives us status and headers on success:
 * the rate-limit budget lives in the headers).
 *
 * This layer only moves bytes: it returns every response that arrived (any
 * status) and throws `BufferTransportError` when none did. Deciding what a
 * status or an `errors[]` entry means is `response.ts`'s job.
 */
import { request } from '@octokit/request';
import { BufferAuthError, BufferTransportError } from './errors.js';

export const DEFAULT_API_URL = 'https://api.buffer.com';
export const DEFAULT_TIMEOUT_MS = 30_000;
export const USER_AGENT = 'buffer-gitops/0.1.0 (+https://github.com/features/actions)';

export interface HttpResult {
  status: number;
  /** Lower-case names; repeated lines joined with ", ". */
  headers: Record<string, string>;
  /** Parsed JSON when the body was JSON, otherwise the raw text ("" if it could not be read). */
  body: unknown;
}

export interface TransportOptions {
  apiKey: string;
  endpoint: string;
  fetch?: typeof fetch;
  /** 0 disables the timeout. */
  timeoutMs: number;
}

/**
 * `<apiUrl>/graphql`, as the official CLI posts. A URL already ending in
 * /graphql is used as is, and a proxy's path prefix is kept
 * (`https://proxy/buffer` → `https://proxy/buffer/graphql`).
 */
export function resolveGraphQLEndpoint(apiUrl: string = DEFAULT_API_URL): string {
  let url: URL;
  try {
    url = new URL(apiUrl);
  } catch {
    throw new TypeError(`api-url is not an absolute URL: ${JSON.stringify(apiUrl)} (expected e.g. ${DEFAULT_API_URL})`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`api-url must be http(s), got ${url.protocol}`);
  }
  const path = url.pathname.replace(/\/+$/, '');
  url.pathname = path.endsWith('/graphql') ? path : `${path}/graphql`;
  return url.toString();
}

/**
 * Refuse keys that would corrupt the Authorization header (a pasted newline
 * could inject headers). Same rule as the official CLI: printable ASCII and tab.
 * The message never echoes the key.
 */
export function assertUsableApiKey(apiKey: string): void {
  if (typeof apiKey !== 'string' || apiKey.trim() === '') {
    throw new BufferAuthError('no API key was given', 'MISSING_API_KEY', undefined, true);
  }
  if (!/^[\x20-\x7E\t]+$/.test(apiKey)) {
    throw new BufferAuthError(
      'it contains characters outside printable ASCII (a pasted newline or a typographic quote?)',
      'INVALID_API_KEY',
      undefined,
      true,
    );
  }
}

interface OctokitLikeError {
  status?: number;
  response?: { status: number; headers: Record<string, unknown>; data: unknown };
  cause?: unknown;
  name?: string;
  message?: string;
}

/** Walk `cause` links for a Node error code (undici wraps ECONNREFUSED twice). */
function causeCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function isTimeout(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const name = (current as { name?: unknown }).name;
    if (name === 'TimeoutError' || name === 'AbortError') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** Failures where the request provably never reached a server. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ERR_INVALID_URL', 'UND_ERR_INVALID_ARG']);

function normalizeHeaders(headers: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) out[k.toLowerCase()] = String(v);
  return out;
}

export async function postGraphQL(
  opts: TransportOptions,
  query: string,
  variables: Record<string, unknown>,
): Promise<HttpResult> {
  assertUsableApiKey(opts.apiKey);
  const signal = opts.timeoutMs > 0 ? AbortSignal.timeout(opts.timeoutMs) : undefined;
  try {
    const response = await request({
      method: 'POST',
      url: opts.endpoint,
      headers: {
        authorization: `Bearer ${opts.apiKey}`,
        'content-type': 'application/json',
        accept: 'application/json',
        'user-agent': USER_AGENT,
      },
      data: { query, variables },
      request: { fetch: opts.fetch, signal },
    });
    return { status: response.status, headers: normalizeHeaders(response.headers), body: response.data };
  } catch (error) {
    const e = error as OctokitLikeError;
    if (e && e.response) {
      // A non-2xx response arrived: hand it on for classification.
      return { status: e.response.status, headers: normalizeHeaders(e.response.headers), body: e.response.data };
    }
    if (isTimeout(error)) {
      throw new BufferTransportError(`Buffer did not answer within ${opts.timeoutMs} ms`, {
        mayHaveExecuted: true,
        code: 'TIMEOUT',
        cause: error,
      });
    }
    const code = causeCode(e?.cause);
    throw new BufferTransportError(
      `Could not reach Buffer at ${opts.endpoint}: ${code ?? e?.message ?? 'network error'}`,
      {
        mayHaveExecuted: !(code && NOT_SENT_CODES.has(code)),
        code: 'NETWORK_ERROR',
        cause: error,
      },
    );
  }
}
