import { inspect } from 'node:util';
import { parse, type OperationDefinitionNode, type FieldNode } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BufferClient } from '../../src/buffer/client.js';
import {
  BufferAuthError,
  BufferGraphQLError,
  BufferNotFoundError,
  BufferRateLimitError,
  BufferTransportError,
} from '../../src/buffer/errors.js';
import { resolveGraphQLEndpoint } from '../../src/buffer/transport.js';
import { destroy, json, startFakeBuffer, type FakeBuffer, type Handler } from './fake-buffer-server.js';

const KEY = 'secret-key-0123456789';
const POST = { id: 'p1', channelId: 'c1', status: 'scheduled', text: 'hi', metadata: null };
let server: FakeBuffer;
let waits: number[];

beforeAll(async () => {
  server = await startFakeBuffer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.received.length = 0;
  waits = [];
});

function client(extra: Partial<ConstructorParameters<typeof BufferClient>[0]> = {}) {
  return new BufferClient({
    apiKey: KEY,
    apiUrl: server.url,
    sleep: async (ms) => void waits.push(ms),
    transportRetryDelaysMs: [1, 2],
    ...extra,
  });
}

/** Answers each alias of a mutation batch with a success of its kind. */
function batchEcho(opts: { maxAliases?: number } = {}): Handler {
  return (req, res) => {
    const op = parse(req.body.query).definitions[0] as OperationDefinitionNode;
    const fields = op.selectionSet.selections as FieldNode[];
    if (opts.maxAliases !== undefined && fields.length > opts.maxAliases) {
      return json(200, {
        errors: [{ message: `Query exceeds maximum of ${opts.maxAliases} aliases. Please simplify your query.` }],
      })(req, res);
    }
    const data: Record<string, unknown> = {};
    for (const f of fields) {
      const alias = f.alias!.value;
      const input = req.body.variables[`i${alias.slice(1)}`] as Record<string, string>;
      data[alias] =
        f.name.value === 'deletePost'
          ? { __typename: 'DeletePostSuccess', id: input.id }
          : { __typename: 'PostActionSuccess', post: { ...POST, id: `new-${alias}`, text: input.text } };
    }
    json(200, { data })(req, res);
  };
}

describe('request shape', () => {
  it('POSTs {query, variables} to <apiUrl>/graphql with bearer auth and a buffer-gitops user-agent', async () => {
    server.script(
      json(200, {
        data: { account: { id: 'a', email: 'e', timezone: null, organizations: [{ id: 'o', name: 'Acme' }] } },
      }),
    );
    const account = await client().account();
    expect(account.organizations).toEqual([{ id: 'o', name: 'Acme' }]);
    const [r] = server.received;
    expect(r!.method).toBe('POST');
    expect(r!.url).toBe('/graphql');
    expect(r!.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(r!.headers['content-type']).toMatch(/application\/json/);
    expect(r!.headers['user-agent']).toMatch(/^buffer-gitops\//);
    expect(Object.keys(r!.body).sort()).toEqual(['query', 'variables']);
    expect(r!.body.variables).toEqual({});
  });

  it('resolves the endpoint like the official CLI, keeping a proxy prefix', () => {
    expect(resolveGraphQLEndpoint()).toBe('https://api.buffer.com/graphql');
    expect(resolveGraphQLEndpoint('https://api.buffer.com/')).toBe('https://api.buffer.com/graphql');
    expect(resolveGraphQLEndpoint('http://127.0.0.1:9/graphql')).toBe('http://127.0.0.1:9/graphql');
    expect(resolveGraphQLEndpoint('https://proxy.example/buffer/')).toBe('https://proxy.example/buffer/graphql');
    expect(() => resolveGraphQLEndpoint('api.buffer.com')).toThrow(/absolute URL/);
  });

  it('refuses a key with a newline before sending anything, without echoing it', () => {
    const bad = `${KEY}\nX-Injected: 1`;
    const err = (() => {
      try {
        client({ apiKey: bad });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(err).toBeInstanceOf(BufferAuthError);
    expect(err!.message).toMatch(/printable ASCII/);
    expect(err!.message).not.toContain(KEY);
    expect(() => client({ apiKey: '  ' })).toThrow(BufferAuthError);
    expect(server.received).toHaveLength(0);
  });

  it('counts requests and reports root fields to onRequest', async () => {
    const seen: { operation: string; rootFields: number }[] = [];
    server.script(json(200, { data: { account: { id: 'a', email: '', organizations: [] }, channels: [] } }));
    const c = client({ onRequest: (i) => seen.push(i) });
    await c.accountAndChannels('o');
    expect(c.requestCount).toBe(1);
    expect(seen).toEqual([{ operation: 'AccountAndChannels', rootFields: 2 }]);
    expect(JSON.stringify(seen)).not.toContain(KEY);
  });
});

describe('authentication', () => {
  it('401 → BufferAuthError saying how to fix it, never the key', async () => {
    server.script(
      json(401, { errors: [{ message: 'Access token is not valid', extensions: { code: 'UNAUTHENTICATED' } }] }),
    );
    const err = await client()
      .account()
      .catch((e) => e);
    expect(err).toBeInstanceOf(BufferAuthError);
    expect(err.code).toBe('UNAUTHENTICATED');
    expect(err.message).toContain('Access token is not valid');
    expect(err.message).toContain('https://publish.buffer.com/settings/api');
    expect(err.message).toContain('BUFFER_API_KEY');
    expect(inspect(err, { depth: 10 })).not.toContain(KEY);
    expect(server.received).toHaveLength(1);
  });

  it('FORBIDDEN with status 200 is an auth error too', async () => {
    server.script(json(200, { data: null, errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] }));
    await expect(client().channels('o')).rejects.toMatchObject({ name: 'BufferAuthError', code: 'FORBIDDEN' });
  });
});

describe('rate limiting', () => {
  const limited = (retryAfter: string) =>
    json(
      429,
      {
        errors: [
          {
            message: 'Too many requests from this client. Please try again later.',
            extensions: { code: 'RATE_LIMIT_EXCEEDED', window: '15m' },
          },
        ],
      },
      { 'retry-after': retryAfter },
    );
  const ok = json(
    200,
    { data: { channels: [] } },
    { ratelimit: '"100-in-15min";r=99;t=900', 'ratelimit-policy': '"100-in-15min";q=100;w=900' },
  );

  it('a read waits Retry-After and then succeeds; the budget is exposed', async () => {
    server.script(limited('7'), ok);
    const c = client();
    await expect(c.channels('o')).resolves.toEqual([]);
    expect(waits).toEqual([7000]);
    expect(c.requestCount).toBe(2);
    expect(c.rateLimit?.tightest).toEqual({ window: '15m', limit: 100, remaining: 99, resetSeconds: 900 });
  });

  it('a wait beyond maxWaitMs surfaces BufferRateLimitError with the window and when', async () => {
    server.script(limited('3600'), ok);
    const err = await client({ maxWaitMs: 60_000 })
      .channels('o')
      .catch((e) => e);
    expect(err).toBeInstanceOf(BufferRateLimitError);
    expect(err.window).toBe('15m');
    expect(err.retryAfterSeconds).toBe(3600);
    expect(err.message).toMatch(/Retry after 1h/);
    expect(waits).toEqual([]);
    expect(server.received).toHaveLength(1);
  });

  it('a create retries after 429 (nothing executed) under the same bound', async () => {
    server.script(limited('2'), json(200, { data: { createPost: { __typename: 'PostActionSuccess', post: POST } } }));
    const res = await client().createPost({
      channelId: 'c1',
      schedulingType: 'automatic',
      mode: 'addToQueue',
      assets: [],
    });
    expect(res).toMatchObject({ ok: true, value: { id: 'p1' } });
    expect(waits).toEqual([2000]);
  });
});

describe('transport failures', () => {
  it('reads retry on 5xx and UNEXPECTED, with the configured backoff', async () => {
    server.script(
      json(502, { message: 'bad gateway' }),
      json(200, { data: null, errors: [{ message: 'boom', extensions: { code: 'UNEXPECTED' } }] }),
      json(200, { data: { channels: [] } }),
    );
    await expect(client().channels('o')).resolves.toEqual([]);
    expect(waits).toEqual([1, 2]);
  });

  it('an unparsable 200 body is a transport error', async () => {
    server.script((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>proxy</html>'));
    const err = await client({ transportRetryDelaysMs: [] })
      .account()
      .catch((e) => e);
    expect(err).toBeInstanceOf(BufferTransportError);
    expect(err.message).toMatch(/parse/);
  });

  it('createPost with a lost response is NOT resent and says it may have executed', async () => {
    server.script(destroy, json(200, { data: { createPost: { __typename: 'PostActionSuccess', post: POST } } }));
    const err = await client()
      .createPost({ channelId: 'c1', schedulingType: 'automatic', mode: 'addToQueue', assets: [] })
      .catch((e) => e);
    expect(err).toBeInstanceOf(BufferTransportError);
    expect(err.mayHaveExecuted).toBe(true);
    expect(server.received).toHaveLength(1);
  });

  it('deletePost with a lost response is resent; "not found" on the retry means deleted', async () => {
    server.script(
      destroy,
      json(200, { data: { deletePost: { __typename: 'VoidMutationError', message: 'Post not found' } } }),
    );
    await expect(client().deletePost('p1')).resolves.toEqual({ ok: true, value: { id: 'p1' } });
    expect(server.received).toHaveLength(2);
  });

  it('a first deletePost answering not-found stays an error', async () => {
    server.script(json(200, { data: { deletePost: { __typename: 'VoidMutationError', message: 'Post not found' } } }));
    await expect(client().deletePost('p1')).resolves.toEqual({
      ok: false,
      error: { type: 'VoidMutationError', message: 'Post not found' },
    });
  });

  it('a timeout is a transport error that may have executed', async () => {
    // The request arrives and is read; the answer never comes.
    server.script(() => {});
    const err = await client({ timeoutMs: 100, transportRetryDelaysMs: [] })
      .account()
      .catch((e) => e);
    expect(err).toBeInstanceOf(BufferTransportError);
    expect(err.code).toBe('TIMEOUT');
    expect(err.mayHaveExecuted).toBe(true);
    expect(err.message).toBe('Buffer did not answer within 100 ms');
    expect(server.received).toHaveLength(1);
  });

  it('a redirect is not followed: nothing executed, so even a create is retried (within the budget), never at the new location', async () => {
    server.script((req, res) => {
      if (req.url === '/moved')
        return json(200, { data: { createPost: { __typename: 'PostActionSuccess', post: POST } } })(req, res);
      res.writeHead(307, { location: '/moved' }).end();
    });
    const err = await client()
      .createPost({ channelId: 'c1', schedulingType: 'automatic', mode: 'addToQueue', assets: [] })
      .catch((e) => e);
    expect(err).toBeInstanceOf(BufferTransportError);
    expect(err.mayHaveExecuted).toBe(false);
    expect(err.status).toBe(307);
    expect(err.message).toMatch(/^HTTP 307/);
    // The first attempt and both retries (client() allows two), none at /moved.
    expect(server.received.map((r) => r.url)).toEqual(['/graphql', '/graphql', '/graphql']);
  });

  it('connection refused: never reached Buffer, so even a create may be resent', async () => {
    const dead = await startFakeBuffer();
    const url = dead.url;
    await dead.close();
    const c = new BufferClient({
      apiKey: KEY,
      apiUrl: url,
      sleep: async () => {},
      transportRetryDelaysMs: [1],
    });
    const err = await c
      .createPost({ channelId: 'c', schedulingType: 'automatic', mode: 'addToQueue', assets: [] })
      .catch((e) => e);
    expect(err).toBeInstanceOf(BufferTransportError);
    expect(err.mayHaveExecuted).toBe(false);
    expect(err.message).toBe(`Could not reach Buffer at ${url}/graphql: ECONNREFUSED`);
    // The first attempt and the one retry a create may have when nothing was sent.
    expect(c.requestCount).toBe(2);
    expect(inspect(err, { depth: 10 })).not.toContain(KEY);
  });
});

describe('GraphQL errors', () => {
  it('NOT_FOUND: channel throws BufferNotFoundError, post returns null', async () => {
    const nf = json(200, {
      data: null,
      errors: [{ message: 'Post not found', path: ['post'], extensions: { code: 'NOT_FOUND' } }],
    });
    server.script(nf);
    await expect(client().channel('nope')).rejects.toBeInstanceOf(BufferNotFoundError);
    await expect(client().post('nope')).resolves.toBeNull();
  });

  it('a query-limit error has no code and is a BufferGraphQLError with the message', async () => {
    server.script(
      json(200, { errors: [{ message: 'Query exceeds maximum allowed complexity. Please simplify your query.' }] }),
    );
    const err = await client()
      .account()
      .catch((e) => e);
    expect(err).toBeInstanceOf(BufferGraphQLError);
    expect(err.rejectedDocument).toBe(true);
    expect(err.message).toContain('complexity');
  });

  it('postsByIds: an unknown id nulls data; it maps to null and the rest are asked again', async () => {
    server.script(
      json(200, {
        data: null,
        errors: [{ message: 'Post not found', path: ['p1'], extensions: { code: 'NOT_FOUND' } }],
      }),
      json(200, { data: { p0: { ...POST, id: 'a' }, p1: { ...POST, id: 'c' } } }),
    );
    const map = await client().postsByIds(['a', 'b', 'c', 'a']);
    expect([...map.entries()].map(([k, v]) => [k, v?.id ?? null])).toEqual([
      ['b', null],
      ['a', 'a'],
      ['c', 'c'],
    ]);
    expect(server.received[1]!.body.variables).toEqual({ i0: { id: 'a' }, i1: { id: 'c' } });
  });
});

describe('mutateBatch at the HTTP level', () => {
  const create = (text: string) => ({
    kind: 'createPost' as const,
    input: { channelId: 'c1', schedulingType: 'automatic' as const, mode: 'addToQueue' as const, assets: [], text },
  });

  it('splits a document refused for too many aliases into halves', async () => {
    server.script(batchEcho({ maxAliases: 5 }));
    const ops = Array.from({ length: 12 }, (_, i) => create(`t${i}`));
    const out = await client().mutateBatch(ops, { maxBatch: 12 });
    expect(out.every((o) => o.ok === true)).toBe(true);
    expect(out.map((o) => (o.ok === true ? (o.value as { text: string }).text : null))).toEqual(
      ops.map((o) => o.input.text),
    );
    // 12 refused → 6+6 refused → 3+3+3+3 accepted.
    expect(server.received.map((r) => Object.keys(r.body.variables).length)).toEqual([12, 6, 3, 3, 6, 3, 3]);
  });

  it('pins a variable error on its item and sends the rest together', async () => {
    server.script(
      json(200, {
        errors: [
          {
            message: 'Variable "$i1" got invalid value "x" at "i1.mode"; Value "x" does not exist in "ShareMode" enum.',
          },
        ],
      }),
      batchEcho(),
    );
    const out = await client().mutateBatch([create('a'), create('b'), create('c')]);
    expect(out[1]).toMatchObject({
      ok: false,
      error: { type: 'InvalidInputError', message: expect.stringContaining('$i1') },
    });
    expect(out[0]!.ok).toBe(true);
    expect(out[2]!.ok).toBe(true);
    expect(server.received).toHaveLength(2);
  });

  it('a lost batch answer: creates become unknown, the delete is resent alone', async () => {
    server.script(destroy, batchEcho());
    const out = await client().mutateBatch([create('a'), { kind: 'deletePost', id: 'd1' }]);
    expect(out[0]).toMatchObject({ ok: 'unknown' });
    expect(out[1]).toEqual({ ok: true, value: { id: 'd1' } });
    expect(server.received).toHaveLength(2);
    expect(server.received[1]!.body.variables).toEqual({ i0: { id: 'd1' } });
  });

  it('a NOT_FOUND delete in the middle nulls data: it is settled and the others are resent', async () => {
    server.script(
      json(200, {
        data: null,
        errors: [{ message: 'Post d1 not found', path: ['m1'], extensions: { code: 'NOT_FOUND' } }],
      }),
      batchEcho(),
    );
    const del = (id: string) => ({ kind: 'deletePost' as const, id });
    const out = await client().mutateBatch([del('d0'), del('d1'), del('d2')]);
    expect(out).toEqual([
      { ok: true, value: { id: 'd0' } },
      { ok: false, error: { type: 'NotFoundError', message: 'Post d1 not found' } },
      { ok: true, value: { id: 'd2' } },
    ]);
    expect(server.received[1]!.body.variables).toEqual({ i0: { id: 'd0' }, i1: { id: 'd2' } });
  });

  it('data null with UNEXPECTED: items are unknown', async () => {
    server.script(
      json(200, { data: null, errors: [{ message: 'oops', path: ['m1'], extensions: { code: 'UNEXPECTED' } }] }),
    );
    const out = await client().mutateBatch([create('a'), create('b')]);
    expect(out.map((o) => o.ok)).toEqual(['unknown', 'unknown']);
    expect(server.received).toHaveLength(1);
  });

  it('401 mid-run: the refused items carry the auth error, earlier results are kept', async () => {
    server.script(
      batchEcho(),
      json(401, { errors: [{ message: 'Access token is not valid', extensions: { code: 'UNAUTHENTICATED' } }] }),
    );
    const out = await client().mutateBatch([create('a'), create('b'), create('c')], { maxBatch: 2 });
    expect(out[0]!.ok).toBe(true);
    expect(out[1]!.ok).toBe(true);
    expect(out[2]).toMatchObject({ ok: false, error: { type: 'BufferAuthError' } });
  });

  it('never sends more than 30 aliases even if asked', async () => {
    server.script(batchEcho());
    await client().mutateBatch(
      Array.from({ length: 31 }, (_, i) => create(`t${i}`)),
      { maxBatch: 100 },
    );
    expect(server.received.map((r) => Object.keys(r.body.variables).length)).toEqual([30, 1]);
  });
});
