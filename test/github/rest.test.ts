/**
 * GitHub's REST client (src/github/rest.ts) against a local node:http server
 * that records what arrives: the URL (a GHES path prefix kept, the query),
 * the headers, the JSON body, and what each kind of answer turns into.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { GitHubApiError, GitHubRest, nextLink, repoPath } from '../../src/github/rest.js';
import { listenRecording, type RecordingServer, type Seen } from '../helpers/recording-server.js';

const TOKEN = 'ghs_rest_test_token';

let local: RecordingServer | undefined;
afterEach(async () => {
  await local?.close();
  local = undefined;
});

/** A server answering each request with `answer`; returns its URL and what it saw. */
async function serve(
  answer: (req: IncomingMessage, res: ServerResponse, seen: Seen) => void,
): Promise<RecordingServer> {
  local = await listenRecording(createServer(), 'http', (seen, res, req) => answer(req, res, seen));
  return local;
}

const json = (res: ServerResponse, status: number, payload: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(payload));
};

describe('GitHubRest.request', () => {
  it('GETs with the query under a GHES path prefix, with GitHub headers and no body', async () => {
    const { url, seen } = await serve((_req, res) => json(res, 200, [{ id: 1 }]));
    const rest = new GitHubRest({ token: TOKEN, apiUrl: `${url}/api/v3/` });
    const response = await rest.request('GET', '/repos/acme/social/issues/5/comments', { query: { per_page: 100 } });
    expect(response).toMatchObject({ status: 200, data: [{ id: 1 }] });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.method).toBe('GET');
    expect(seen[0]!.url).toBe('/api/v3/repos/acme/social/issues/5/comments?per_page=100');
    expect(seen[0]!.headers).toMatchObject({
      authorization: `token ${TOKEN}`,
      'user-agent': 'buffer-gitops',
      'x-github-api-version': '2022-11-28',
      accept: 'application/vnd.github+json',
    });
    expect(seen[0]!.headers['content-length']).toBeUndefined();
    expect(seen[0]!.headers['content-type']).toBeUndefined();
    expect(seen[0]!.body).toBe('');
  });

  it('POSTs and PATCHes a JSON body with its length and content-type', async () => {
    const { url, seen } = await serve((req, res, s) =>
      json(res, req.method === 'POST' ? 201 : 200, { echoed: JSON.parse(s.body) as unknown }),
    );
    const rest = new GitHubRest({ token: TOKEN, apiUrl: url });
    const created = await rest.request('POST', '/repos/acme/social/issues/5/comments', { body: { body: 'plan ✓' } });
    expect(created).toMatchObject({ status: 201, data: { echoed: { body: 'plan ✓' } } });
    const updated = await rest.request('PATCH', '/repos/acme/social/issues/comments/7', { body: { body: 'v2' } });
    expect(updated).toMatchObject({ status: 200, data: { echoed: { body: 'v2' } } });
    expect(seen.map((s) => [s.method, s.url])).toEqual([
      ['POST', '/repos/acme/social/issues/5/comments'],
      ['PATCH', '/repos/acme/social/issues/comments/7'],
    ]);
    expect(seen[0]!.headers['content-type']).toMatch(/^application\/json/);
    expect(Number(seen[0]!.headers['content-length'])).toBe(Buffer.byteLength(seen[0]!.body));
  });

  it("turns a 403 into an error with status 403 and GitHub's message, without the token", async () => {
    const { url } = await serve((_req, res) =>
      json(res, 403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
      }),
    );
    const rest = new GitHubRest({ token: TOKEN, apiUrl: url });
    const error = await rest.request('POST', '/repos/acme/social/pulls', { body: { title: 't' } }).catch((e) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect(error).toMatchObject({ status: 403, message: 'Resource not accessible by integration' });
    expect(String(error)).not.toContain(TOKEN);
  });

  it('turns a 404 into an error with status 404, and adds a 422’s `errors` details', async () => {
    const { url } = await serve((req, res) =>
      req.url === '/missing'
        ? json(res, 404, { message: 'Not Found' })
        : json(res, 422, {
            message: 'Validation Failed',
            errors: [{ resource: 'PullRequest', code: 'custom', message: 'A pull request already exists for acme:b.' }],
          }),
    );
    const rest = new GitHubRest({ token: TOKEN, apiUrl: url });
    await expect(rest.request('GET', '/missing')).rejects.toMatchObject({ status: 404, message: 'Not Found' });
    await expect(rest.request('POST', '/pulls', { body: {} })).rejects.toMatchObject({
      status: 422,
      message: 'Validation Failed: A pull request already exists for acme:b.',
    });
  });

  it('keeps a non-JSON body as text, and names the status when an error body is not JSON', async () => {
    const { url } = await serve((req, res) => {
      res.writeHead(req.url === '/ok' ? 200 : 502, { 'content-type': 'text/html' });
      res.end('<html>Bad gateway</html>');
    });
    const rest = new GitHubRest({ token: TOKEN, apiUrl: url });
    expect((await rest.request('GET', '/ok')).data).toBe('<html>Bad gateway</html>');
    await expect(rest.request('GET', '/down')).rejects.toMatchObject({
      status: 502,
      message: 'GitHub answered 502 to GET /down',
    });
  });

  it('fails with a plain error naming the host and the code when nothing answers, without the token', async () => {
    const { url } = await serve(() => undefined);
    await local!.close();
    local = undefined;
    const rest = new GitHubRest({ token: TOKEN, apiUrl: url });
    const error = (await rest.request('GET', '/user').catch((e: unknown) => e)) as Error & { status?: unknown };
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(GitHubApiError);
    expect(error.status).toBeUndefined();
    expect(error.message).toContain(new URL(url).host);
    expect(error.message).toContain('ECONNREFUSED');
    expect(error.message).not.toContain(TOKEN);
  });

  it('gives up after the timeout when the API never answers', async () => {
    const { url } = await serve(() => undefined);
    const rest = new GitHubRest({ token: TOKEN, apiUrl: url, timeoutMs: 200 });
    const started = Date.now();
    await expect(rest.request('GET', '/user')).rejects.toThrow(/no answer within 200 ms/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('follows a redirect on its own origin, and none elsewhere', async () => {
    const { url, seen } = await serve((req, res) => {
      if (req.url === '/repos/old/name/pulls') return json(res, 307, {}, { location: '/repos/new/name/pulls' });
      if (req.url === '/away') return json(res, 301, { message: 'Moved' }, { location: 'http://elsewhere.invalid/x' });
      json(res, 201, { number: 7 });
    });
    const rest = new GitHubRest({ token: TOKEN, apiUrl: url });
    expect((await rest.request('POST', '/repos/old/name/pulls', { body: { a: 1 } })).data).toEqual({ number: 7 });
    expect(seen.map((s) => [s.method, s.url, s.body])).toEqual([
      ['POST', '/repos/old/name/pulls', '{"a":1}'],
      ['POST', '/repos/new/name/pulls', '{"a":1}'],
    ]);
    await expect(rest.request('GET', '/away')).rejects.toMatchObject({ status: 301 });
    expect(seen).toHaveLength(3);
  });
});

describe('GitHubRest.list', () => {
  it('follows Link rel="next" on the same origin, up to the page limit', async () => {
    const { url, seen } = await serve((req, res) => {
      const page = Number(new URL(req.url!, 'http://x').searchParams.get('page') ?? 1);
      const next = `<http://${req.headers.host}/api/v3/items?per_page=2&page=${page + 1}>; rel="next"`;
      json(res, 200, [`${page}a`, `${page}b`], page < 4 ? { link: next } : {});
    });
    const rest = new GitHubRest({ token: TOKEN, apiUrl: `${url}/api/v3` });
    expect(await rest.list('/items', { per_page: 2 }, 50)).toEqual(['1a', '1b', '2a', '2b', '3a', '3b', '4a', '4b']);
    expect(await rest.list('/items', { per_page: 2 }, 2)).toEqual(['1a', '1b', '2a', '2b']);
    expect(seen.map((s) => s.url)).toEqual([
      '/api/v3/items?per_page=2',
      '/api/v3/items?per_page=2&page=2',
      '/api/v3/items?per_page=2&page=3',
      '/api/v3/items?per_page=2&page=4',
      '/api/v3/items?per_page=2',
      '/api/v3/items?per_page=2&page=2',
    ]);
    expect(seen.every((s) => s.headers.authorization === `token ${TOKEN}`)).toBe(true);
  });

  it('stops at a next page on another origin (another port of the same host counts as another)', async () => {
    const { url, seen } = await serve((_req, res) =>
      json(res, 200, ['first'], { link: '<http://127.0.0.1:1/items?page=2>; rel="next"' }),
    );
    const rest = new GitHubRest({ token: TOKEN, apiUrl: url });
    expect(await rest.list('/items', {}, 50)).toEqual(['first']);
    expect(seen).toHaveLength(1);
  });
});

describe('nextLink', () => {
  it('reads rel="next" among the other relations GitHub sends', () => {
    const header =
      '<https://api.github.com/repositories/1/issues/2/comments?page=1>; rel="prev", <https://api.github.com/repositories/1/issues/2/comments?page=3>; rel="next", <https://api.github.com/repositories/1/issues/2/comments?page=9>; rel="last"';
    expect(nextLink(header)).toBe('https://api.github.com/repositories/1/issues/2/comments?page=3');
    expect(nextLink('<https://x/a?page=9>; rel="last"')).toBeUndefined();
    expect(nextLink(undefined)).toBeUndefined();
  });
});

describe('repoPath', () => {
  it('encodes owner and name, and refuses anything but owner/name', () => {
    expect(repoPath('acme/social')).toBe('/repos/acme/social');
    expect(repoPath('acme/so cial#1')).toBe('/repos/acme/so%20cial%231');
    for (const bad of ['acme', 'acme/', '/social', 'acme/social/extra'])
      expect(() => repoPath(bad)).toThrow(`"${bad}" is not an owner/name repository`);
  });
});
