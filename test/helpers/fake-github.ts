/**
 * A local fake of the part of GitHub's REST API the plan comment uses, at a
 * GITHUB_API_URL of its own: list (paginated with `Link` headers, as GitHub
 * does), create and update issue comments. It records every request and
 * every body, and answers as GitHub does for an unknown token (401) and for a
 * read-only one, like a fork pull request's GITHUB_TOKEN (403 on writes).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  user: { login: string; type: 'Bot' | 'User' };
  /** Every body this comment had, first to last (create, then each update). */
  history: string[];
}

export interface FakeRequest {
  method: string;
  path: string;
  /** The Authorization header as sent (tests assert on its scheme, never print it). */
  authorization?: string;
  body?: unknown;
  status: number;
}

export interface FakeGitHubOptions {
  /** Tokens allowed to read and write. */
  tokens?: string[];
  /** Tokens allowed to read only (a fork PR's token). */
  readOnlyTokens?: string[];
  /** Page size the fake uses when the client asks for more (to exercise pagination cheaply). */
  maxPageSize?: number;
  /** Origin written into `Link` headers (default: the fake's own), to test that clients stay on their host. */
  linkOrigin?: string;
  /**
   * Personal access tokens and the user each acts as: `GET /user` answers
   * with it and comments are written as it. Any other token is an
   * installation token (GITHUB_TOKEN): 403 on `GET /user`, comments by
   * github-actions[bot], as on GitHub.
   */
  users?: Record<string, { login: string; type: 'User' | 'Bot' }>;
}

export interface FakePullRequest {
  number: number;
  head: string;
  base: string;
  title: string;
  body: string;
}

export interface FakeGitHub {
  /** Use as GITHUB_API_URL. */
  url: string;
  /** Pull requests opened through the fake (write-back: pull-request). */
  pulls: FakePullRequest[];
  comments(issue?: number): FakeComment[];
  requests: FakeRequest[];
  /** Adds a comment as someone else would (a human, another bot). */
  seed(issue: number, body: string, user?: FakeComment['user']): FakeComment;
  close(): Promise<void>;
}

export async function startFakeGitHub(opts: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const writers = new Set(opts.tokens ?? ['ghs_test_token']);
  const readers = new Set([...(opts.readOnlyTokens ?? []), ...writers]);
  const maxPage = opts.maxPageSize ?? 100;
  const comments: FakeComment[] = [];
  const pulls: FakePullRequest[] = [];
  const requests: FakeRequest[] = [];
  let nextId = 1000;
  let baseUrl = '';

  const add = (issue: number, body: string, user: FakeComment['user']) => {
    const comment: FakeComment = { id: ++nextId, issue, body, user, history: [body] };
    comments.push(comment);
    return comment;
  };
  const wire = (c: FakeComment) => ({
    id: c.id,
    body: c.body,
    user: c.user,
    html_url: `https://github.com/acme/social/pull/${c.issue}#issuecomment-${c.id}`,
  });

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => send(res, 500, { message: String(error) }));
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', baseUrl);
    const raw = await readBody(req);
    const body = raw ? (JSON.parse(raw) as unknown) : undefined;
    const authorization = req.headers.authorization;
    const record = (status: number) =>
      requests.push({ method: req.method ?? '', path: url.pathname + url.search, authorization, body, status });
    const reply = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      record(status);
      send(res, status, payload, headers);
    };

    const token = /^(?:token|bearer) (.+)$/i.exec(authorization ?? '')?.[1];
    if (!token || !readers.has(token))
      return reply(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
    const isWrite = req.method !== 'GET';
    if (isWrite && !writers.has(token)) {
      return reply(403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/issues/comments',
      });
    }

    if (url.pathname === '/user' && req.method === 'GET') {
      const user = opts.users?.[token];
      if (!user)
        return reply(403, {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
        });
      return reply(200, { login: user.login, type: user.type, id: 1 });
    }
    const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    if (list && req.method === 'GET') {
      const issue = Number(list[3]);
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), maxPage);
      const page = Number(url.searchParams.get('page') ?? 1);
      const all = comments.filter((c) => c.issue === issue);
      const slice = all.slice((page - 1) * perPage, page * perPage);
      const headers: Record<string, string> = {};
      if (page * perPage < all.length) {
        const next = new URL(url.pathname, opts.linkOrigin ?? baseUrl);
        next.searchParams.set('per_page', String(perPage));
        next.searchParams.set('page', String(page + 1));
        headers.link = `<${next.href}>; rel="next"`;
      }
      return reply(200, slice.map(wire), headers);
    }
    if (list && req.method === 'POST') {
      const text = (body as { body?: unknown } | undefined)?.body;
      if (typeof text !== 'string') return reply(422, { message: 'Invalid request: body is required' });
      if (text.length > 65_536)
        return reply(422, { message: 'Validation Failed: body is too long (maximum is 65536 characters)' });
      return reply(
        201,
        wire(add(Number(list[3]), text, opts.users?.[token] ?? { login: 'github-actions[bot]', type: 'Bot' })),
      );
    }
    const pullsPath = /^\/repos\/([^/]+)\/([^/]+)\/pulls$/.exec(url.pathname);
    if (pullsPath && req.method === 'POST') {
      const input = (body ?? {}) as Partial<FakePullRequest>;
      if (typeof input.head !== 'string' || typeof input.base !== 'string' || typeof input.title !== 'string') {
        return reply(422, { message: 'Validation Failed: head, base and title are required' });
      }
      const pull: FakePullRequest = {
        number: 100 + pulls.length + 1,
        head: input.head,
        base: input.base,
        title: input.title,
        body: String(input.body ?? ''),
      };
      pulls.push(pull);
      return reply(201, { number: pull.number, html_url: `https://github.com/acme/social/pull/${pull.number}` });
    }
    const one = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (one && req.method === 'PATCH') {
      const comment = comments.find((c) => c.id === Number(one[3]));
      if (!comment) return reply(404, { message: 'Not Found' });
      const text = (body as { body?: unknown } | undefined)?.body;
      if (typeof text !== 'string') return reply(422, { message: 'Invalid request: body is required' });
      if (text.length > 65_536)
        return reply(422, { message: 'Validation Failed: body is too long (maximum is 65536 characters)' });
      comment.body = text;
      comment.history.push(text);
      return reply(200, wire(comment));
    }
    return reply(404, { message: 'Not Found' });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: baseUrl,
    pulls,
    comments: (issue) => comments.filter((c) => issue === undefined || c.issue === issue),
    requests,
    seed: (issue, body, user = { login: 'octocat', type: 'User' }) => add(issue, body, user),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function send(res: ServerResponse, status: number, payload: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(payload));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
