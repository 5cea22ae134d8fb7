/**
 * One HTTP round trip to Buffer's GraphQL endpoint, over node:http /
 * node:https (../http/exchange.ts), with a keep-alive agent per transport.
 *
 * Why not Node's fetch, which Octokit's request library used: Node loads undici on the
 * first fetch and compiles its WebAssembly HTTP parser. Measured (issue 16;
 * Node 24, clean environment, one request from a cold process, medians of 21
 * to 31 alternating runs on a loaded 2-CPU machine): to the local sandbox over
 * http, first response 133 → 64 ms after the process started, 78 → 37 ms CPU,
 * 62 → 47 MB peak RSS; over https, 88 → 49 ms, 79 → 49 ms CPU, 63 → 53 MB.
 * Octokit's request with a `request.fetch` written on node:http measured the
 * same as this file (64 ms, 38 ms CPU, 47 MB: it reads `globalThis.fetch` only
 * when no fetch is given), so simplicity decided: that fetch has to imitate a
 * Response (iterable headers, `text()`, `arrayBuffer()`) for a library whose
 * work here is `JSON.stringify` and a content-type switch, whose errors we
 * then unwrap again, and it cannot say whether a failed request left this
 * machine, which node:http can (exchange.ts). So the transport speaks HTTP itself.
 *
 * This layer only moves bytes: it returns every response that arrived (any
 * status) and throws `BufferTransportError` when none did, with
 * `mayHaveExecuted` false only when the connection never came up (refused,
 * DNS, TLS handshake, a timeout while connecting). Deciding what a status or
 * an `errors[]` entry means is `response.ts`'s job.
 *
 * Redirects are not followed (fetch followed them): Buffer's API does not
 * redirect, and following one would replay a create at another URL (fetch
 * even turned a POST into a GET on 301/302). The 3xx is returned like any
 * status; response.ts reports it as no GraphQL answer, nothing executed.
 *
 * Proxies: as with Node's fetch, HTTP(S)_PROXY is used only when Node is told
 * to (NODE_USE_ENV_PROXY=1 or --use-env-proxy): the agent takes the proxy
 * settings of Node's global agent (exchange.ts `keepAliveAgent`). node:http obeys
 * that switch from Node 24.5 (fetch from 24.0), so on Node 24.0–24.4 a proxy
 * set that way is no longer used; without the switch nothing changed.
 */
import { VERSION } from '../version.js';
import { DEFAULT_API_URL } from './api-url.js';
import { BufferAuthError, BufferTransportError } from './errors.js';
import { exchange, ExchangeFailure, KeepAlive } from '../http/exchange.js';

export const DEFAULT_TIMEOUT_MS = 30_000;
const USER_AGENT = `buffer-gitops/${VERSION} (+https://github.com/features/actions)`;

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

/** A JSON media type: application/json, or any `+json` type (application/graphql-response+json…). */
const JSON_MEDIA_TYPE = /^application\/(?:[\w.-]+\+)?json$/i;

/** Parsed JSON when the content-type says JSON and it parses; otherwise the text ("" when it could not be read). */
function parseBody(bytes: Buffer | undefined, contentType: string | undefined): unknown {
  if (bytes === undefined) return '';
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!JSON_MEDIA_TYPE.test((contentType ?? '').split(';')[0]!.trim())) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** One keep-alive agent per transport (per client), made on its first request. */
const connections = new WeakMap<TransportOptions, KeepAlive>();

function connectionFor(opts: TransportOptions, url: URL) {
  let connection = connections.get(opts);
  if (!connection) connections.set(opts, (connection = new KeepAlive()));
  return connection.for(url);
}

export async function postGraphQL(
  opts: TransportOptions,
  query: string,
  variables: Record<string, unknown>,
  /** Ends the request when aborted (client.ts: a read sent ahead that nobody claimed). */
  signal?: AbortSignal,
): Promise<HttpResult> {
  assertUsableApiKey(opts.apiKey);
  const url = new URL(opts.endpoint);
  const { mod, agent } = connectionFor(opts, url);
  try {
    const response = await exchange(url, JSON.stringify({ query, variables }), {
      mod,
      agent,
      timeoutMs: opts.timeoutMs,
      signal,
      headers: {
        authorization: `Bearer ${opts.apiKey}`,
        'content-type': 'application/json',
        accept: 'application/json',
        'accept-encoding': 'gzip',
        'user-agent': USER_AGENT,
      },
    });
    return {
      status: response.status,
      headers: response.headers,
      body: parseBody(response.body, response.headers['content-type']),
    };
  } catch (error) {
    if (!(error instanceof ExchangeFailure)) throw error;
    const sent = error.mayHaveLeft;
    if (error.timedOut) {
      const message = sent
        ? `Buffer did not answer within ${opts.timeoutMs} ms`
        : `Could not connect to Buffer at ${opts.endpoint} within ${opts.timeoutMs} ms`;
      throw new BufferTransportError(message, { mayHaveExecuted: sent, code: 'TIMEOUT', cause: error });
    }
    const message = sent
      ? `The connection to Buffer at ${opts.endpoint} failed before its answer arrived: ${error.message}`
      : `Could not reach Buffer at ${opts.endpoint}: ${error.message}`;
    throw new BufferTransportError(message, { mayHaveExecuted: sent, code: 'NETWORK_ERROR', cause: error });
  }
}
