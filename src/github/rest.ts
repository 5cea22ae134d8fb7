/**
 * The few GitHub REST calls the action makes (the plan comment, the
 * write-back pull request), over node:http / node:https (../http/exchange.ts)
 * against GITHUB_API_URL, so it works on GitHub Enterprise Server
 * (`https://ghe.example.com/api/v3` keeps its path) and against a local fake
 * in tests.
 *
 * Why not Octokit's request library, which this replaced: it sends with Node's fetch,
 * whose first use loads undici and compiles its WebAssembly HTTP parser,
 * ≈ 0.1 s CPU and ≈ 40 MB peak memory in a pull request's plan run (issue 16),
 * for a handful of JSON requests.
 *
 * Redirects: GitHub answers 301/307 for a renamed repository. Fetch followed
 * them; here a redirect is followed only on the API's own origin (the token
 * goes nowhere else), a few hops at most, and a write only on 307/308, which
 * keep the method and body (a 301/302/303 would turn it into a GET).
 */
import { exchange, ExchangeFailure, KeepAlive, type RawResponse } from '../http/exchange.js';

const DEFAULT_GITHUB_TIMEOUT_MS = 30_000;
const MAX_REDIRECTS = 3;

export interface GitHubRestOptions {
  token: string;
  /** e.g. https://api.github.com or https://ghe.example.com/api/v3 (GITHUB_API_URL). */
  apiUrl: string;
  /** Per request; a hung API must not hold the job (default 30 s). 0 disables. */
  timeoutMs?: number;
}

export interface RestResponse {
  status: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  /** Parsed JSON; the text when the body is not JSON; undefined for an empty body. */
  data: unknown;
}

/** GitHub answered with a status outside 2xx; `message` carries GitHub's own `message`. */
export class GitHubApiError extends Error {
  readonly status: number;
  constructor(message: string, status: number) {
    super(message);
    this.name = 'GitHubApiError';
    this.status = status;
  }
}

export interface RequestOptions {
  /** Added to the URL's query string. */
  query?: Record<string, string | number>;
  /** Sent as JSON. */
  body?: unknown;
}

export class GitHubRest {
  private readonly base: string;
  private readonly origin: string;
  private readonly token: string;
  private readonly timeoutMs: number;
  private readonly connection = new KeepAlive();

  constructor(opts: GitHubRestOptions) {
    let url: URL;
    try {
      url = new URL(opts.apiUrl);
    } catch {
      throw new Error(`GITHUB_API_URL is not an absolute URL: ${JSON.stringify(opts.apiUrl)}`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      throw new Error(`GITHUB_API_URL must be http(s), got ${url.protocol}`);
    this.base = url.href.replace(/\/+$/, '');
    this.origin = url.origin;
    this.token = opts.token;
    this.timeoutMs = opts.timeoutMs ?? DEFAULT_GITHUB_TIMEOUT_MS;
  }

  /** `path` is relative to the API URL (`/repos/o/r/pulls`); its segments must already be encoded. */
  async request(method: string, path: string, opts: RequestOptions = {}): Promise<RestResponse> {
    const url = new URL(this.base + path);
    for (const [name, value] of Object.entries(opts.query ?? {})) url.searchParams.set(name, String(value));
    return this.send(method, url, opts.body === undefined ? undefined : JSON.stringify(opts.body));
  }

  /**
   * Every item of a paginated list, following `Link: rel="next"` while it
   * stays on the API's origin (the token goes only to the API host, whatever
   * a Link header says), `maxPages` pages at most.
   */
  async list(path: string, query: Record<string, string | number>, maxPages: number): Promise<unknown[]> {
    const items: unknown[] = [];
    let page = await this.request('GET', path, { query });
    for (let n = 1; ; n++) {
      if (Array.isArray(page.data)) items.push(...(page.data as unknown[]));
      const next = nextLink(page.headers.link);
      if (!next || n >= maxPages) break;
      const url = new URL(next, this.base);
      if (url.origin !== this.origin) break;
      page = await this.send('GET', url, undefined);
    }
    return items;
  }

  private async send(method: string, url: URL, body: string | undefined): Promise<RestResponse> {
    for (let hops = 0; ; hops++) {
      const response = await this.exchangeOnce(method, url, body);
      const location = response.headers.location;
      const redirect = [301, 302, 303, 307, 308].includes(response.status) && location !== undefined;
      if (redirect && hops < MAX_REDIRECTS) {
        const target = new URL(location, url);
        const keepsMethod = response.status === 307 || response.status === 308;
        if (target.origin === this.origin && (method === 'GET' || keepsMethod)) {
          url = target;
          continue;
        }
      }
      const data = parse(response);
      if (response.status >= 200 && response.status < 300) {
        // A 2xx whose body was cut off: what GitHub did is unknown, so say so rather than guess.
        if (response.body === undefined)
          throw new Error(`GitHub's answer to ${method} ${url.pathname} was cut off (status ${response.status})`);
        return { status: response.status, headers: response.headers, data };
      }
      throw new GitHubApiError(errorMessage(method, url, response.status, data), response.status);
    }
  }

  private async exchangeOnce(method: string, url: URL, body: string | undefined): Promise<RawResponse> {
    const { mod, agent } = this.connection.for(url);
    const headers: Record<string, string> = {
      authorization: `token ${this.token}`,
      accept: 'application/vnd.github+json',
      'user-agent': 'buffer-gitops',
      'x-github-api-version': '2022-11-28',
    };
    if (body !== undefined) headers['content-type'] = 'application/json; charset=utf-8';
    try {
      return await exchange(url, body, {
        method,
        mod,
        agent,
        headers,
        timeoutMs: this.timeoutMs,
      });
    } catch (error) {
      // The message names the host and what failed, never the token (it is only in a header).
      if (!(error instanceof ExchangeFailure)) throw error;
      const what = error.timedOut ? `no answer within ${this.timeoutMs} ms` : error.message;
      throw new Error(`Could not reach GitHub's API at ${url.host} (${method} ${url.pathname}): ${what}`, {
        cause: error,
      });
    }
  }
}

/** JSON when it parses; otherwise the text; undefined for an empty or cut-off body. */
function parse(response: RawResponse): unknown {
  if (response.body === undefined || response.body.length === 0) return undefined;
  const text = response.body.toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * GitHub's `message` ("Resource not accessible by integration", "Validation
 * Failed"), with the details of its `errors` list when there is one (a 422 says
 * there what failed: "A pull request already exists for …").
 */
function errorMessage(method: string, url: URL, status: number, data: unknown): string {
  const fallback = `GitHub answered ${status} to ${method} ${url.pathname}`;
  if (typeof data !== 'object' || data === null) return fallback;
  const { message, errors } = data as { message?: unknown; errors?: unknown };
  if (typeof message !== 'string' || message === '') return fallback;
  const details = (Array.isArray(errors) ? errors : [])
    .map((e: unknown) =>
      typeof e === 'string'
        ? e
        : typeof (e as { message?: unknown })?.message === 'string'
          ? (e as { message: string }).message
          : typeof (e as { code?: unknown })?.code === 'string'
            ? `${String((e as { field?: unknown }).field ?? '')} ${(e as { code: string }).code}`.trim()
            : undefined,
    )
    .filter((d): d is string => !!d);
  return details.length > 0 ? `${message}: ${details.join('; ')}` : message;
}

/** `/repos/{owner}/{repo}`, encoded, for an `owner/name` repository (GITHUB_REPOSITORY). */
export function repoPath(repository: string): string {
  const [owner, repo, ...rest] = repository.split('/');
  if (!owner || !repo || rest.length > 0) throw new Error(`"${repository}" is not an owner/name repository`);
  return `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
}

/** The `rel="next"` URL of an RFC 8288 Link header, as GitHub sends it for paginated lists. */
export function nextLink(header: string | undefined): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim());
    if (match && match[2]!.split(/\s+/).includes('next')) return match[1];
  }
  return undefined;
}
