/**
 * The transport (src/buffer/transport.ts over src/http/exchange.ts) against
 * real local servers: what goes on the wire, what comes back, and — what
 * exactly-once rests on — whether a failed request may have reached Buffer.
 * Plain http on 127.0.0.1; https with a certificate made here by openssl.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { createServer as createTcpServer, type AddressInfo, type Server as TcpServer, type Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inspect, promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERSION } from '../../src/version.js';
import { BufferTransportError } from '../../src/buffer/errors.js';
import { postGraphQL, type TransportOptions } from '../../src/buffer/transport.js';
import { closedPort } from '../helpers/closed-port.js';
import { listenRecording, type Seen } from '../helpers/recording-server.js';

const run = promisify(execFile);
const KEY = 'transport-test-key-0123456789';
const QUERY = 'query Account { account { id } }';

/** Listens on 127.0.0.1 at `<protocol>://…/graphql`, recording each request. */
const listen = (
  server: Server,
  protocol: 'http' | 'https',
  answer: (seen: Seen, res: ServerResponse, req: IncomingMessage) => void,
) => listenRecording(server, protocol, answer, '/graphql');

const serve = (answer: Parameters<typeof listen>[2]) => listen(createServer(), 'http', answer);

function transport(endpoint: string, timeoutMs = 5_000): TransportOptions {
  return { apiKey: KEY, endpoint, timeoutMs };
}

async function failure(opts: TransportOptions): Promise<BufferTransportError> {
  const error = await postGraphQL(opts, QUERY, {}).then(
    (r) => new Error(`expected a failure, got HTTP ${r.status}`),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BufferTransportError);
  expect(inspect(error, { depth: 10 })).not.toContain(KEY);
  return error as BufferTransportError;
}

describe('over http', () => {
  it('POSTs {query, variables} with the bearer key, JSON content-type, accept, user-agent with the version', async () => {
    const local = await serve((_s, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
    try {
      await postGraphQL(transport(local.url), QUERY, { id: 'é' });
      const [seen] = local.seen;
      expect(seen!.method).toBe('POST');
      expect(seen!.url).toBe('/graphql');
      expect(seen!.headers.authorization).toBe(`Bearer ${KEY}`);
      expect(seen!.headers['content-type']).toBe('application/json');
      expect(seen!.headers.accept).toBe('application/json');
      expect(seen!.headers['user-agent']).toBe(`buffer-gitops/${VERSION} (+https://github.com/features/actions)`);
      // A length, not chunks, counted in bytes (the é is two).
      expect(seen!.headers['content-length']).toBe(String(Buffer.byteLength(seen!.body)));
      expect(seen!.headers['transfer-encoding']).toBeUndefined();
      expect(JSON.parse(seen!.body)).toEqual({ query: QUERY, variables: { id: 'é' } });
    } finally {
      await local.close();
    }
  });

  it('returns lower-case header names, a name sent on several lines joined with ", "', async () => {
    const local = await serve((_s, res) => {
      res.setHeader('Content-Type', 'application/json');
      res.setHeader('X-RateLimit-Limit', '100');
      res.setHeader('Link', ['<a>; rel="one"', '<b>; rel="two"']);
      res.end('{"data":{}}');
    });
    try {
      const result = await postGraphQL(transport(local.url), QUERY, {});
      expect(result.headers['x-ratelimit-limit']).toBe('100');
      expect(result.headers.link).toBe('<a>; rel="one", <b>; rel="two"');
      expect(Object.keys(result.headers).every((k) => k === k.toLowerCase())).toBe(true);
    } finally {
      await local.close();
    }
  });

  it('parses JSON bodies (application/json with a charset, +json types, gzip-encoded); anything else is text', async () => {
    const answers: [Record<string, string>, string | Buffer][] = [
      [{ 'content-type': 'application/json; charset=utf-8' }, '\uFEFF{"data":{"n":1}}'],
      [{ 'content-type': 'application/graphql-response+json' }, '{"data":{"n":2}}'],
      [{ 'content-type': 'application/json', 'content-encoding': 'gzip' }, gzipSync('{"data":{"n":3}}')],
      [{ 'content-type': 'text/html' }, '<html>proxy</html>'],
      [{ 'content-type': 'application/json' }, '{"data": tru'],
      [{}, '{"data":{"n":4}}'],
    ];
    let next = 0;
    const local = await serve((_s, res) => {
      const [headers, body] = answers[next++]!;
      res.writeHead(200, headers).end(body);
    });
    try {
      const bodies = [];
      for (let i = 0; i < answers.length; i++) bodies.push((await postGraphQL(transport(local.url), QUERY, {})).body);
      expect(bodies).toEqual([
        { data: { n: 1 } },
        { data: { n: 2 } },
        { data: { n: 3 } },
        '<html>proxy</html>',
        '{"data": tru',
        '{"data":{"n":4}}',
      ]);
      expect(local.seen[0]!.headers['accept-encoding']).toBe('gzip');
    } finally {
      await local.close();
    }
  });

  it('returns a 500 with its body instead of throwing, and a 302 without following it', async () => {
    let followed = 0;
    const local = await serve((seen, res) => {
      if (seen.url === '/elsewhere') {
        followed++;
        return res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{}}');
      }
      if (local.seen.length === 1)
        return res.writeHead(500, { 'content-type': 'application/json' }).end('{"errors":[{"message":"boom"}]}');
      res.writeHead(302, { location: '/elsewhere' }).end();
    });
    try {
      const failed = await postGraphQL(transport(local.url), QUERY, {});
      expect(failed).toMatchObject({ status: 500, body: { errors: [{ message: 'boom' }] } });
      const moved = await postGraphQL(transport(local.url), QUERY, {});
      expect(moved.status).toBe(302);
      expect(moved.headers.location).toBe('/elsewhere');
      expect(moved.body).toBe('');
      expect(followed).toBe(0);
    } finally {
      await local.close();
    }
  });

  it('a body cut off mid-way is returned with its status and body ""', async () => {
    const local = await serve((_s, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"data":{"createPost":', () => res.socket?.destroy());
    });
    try {
      const result = await postGraphQL(transport(local.url), QUERY, {});
      expect(result).toMatchObject({ status: 200, body: '' });
    } finally {
      await local.close();
    }
  });

  it('connection refused: not sent', async () => {
    const endpoint = `http://127.0.0.1:${await closedPort()}/graphql`;
    const error = await failure(transport(endpoint));
    expect(error.mayHaveExecuted).toBe(false);
    expect(error.code).toBe('NETWORK_ERROR');
    expect(error.message).toBe(`Could not reach Buffer at ${endpoint}: ECONNREFUSED`);
  });

  it('a server that resets the connection after reading the whole body: may have been sent', async () => {
    const local = await serve((_s, _res, req) => (req.socket as Socket).resetAndDestroy());
    try {
      const error = await failure(transport(local.url));
      expect(local.seen).toHaveLength(1);
      expect(JSON.parse(local.seen[0]!.body)).toEqual({ query: QUERY, variables: {} });
      expect(error.mayHaveExecuted).toBe(true);
      expect(error.code).toBe('NETWORK_ERROR');
      expect(error.message).toBe(
        `The connection to Buffer at ${local.url} failed before its answer arrived: ECONNRESET`,
      );
    } finally {
      await local.close();
    }
  });

  it('times out after the request was read: may have been sent; timeout 0 waits for a slow answer', async () => {
    const local = await serve((seen, res) => {
      if (JSON.parse(seen.body).variables.slow)
        setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{}}'), 300);
    });
    try {
      const started = Date.now();
      const error = await failure(transport(local.url, 100));
      expect(Date.now() - started).toBeGreaterThanOrEqual(95);
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(local.seen).toHaveLength(1);
      expect(error).toMatchObject({
        mayHaveExecuted: true,
        code: 'TIMEOUT',
        message: 'Buffer did not answer within 100 ms',
      });
      const slow = await postGraphQL(transport(local.url, 0), QUERY, { slow: true });
      expect(slow).toMatchObject({ status: 200, body: { data: {} } });
      await expect(postGraphQL(transport(local.url, 100), QUERY, { slow: true })).rejects.toMatchObject({
        code: 'TIMEOUT',
      });
    } finally {
      await local.close();
    }
  });

  it('the deadline covers the body: a body that stalls is cut off, its status returned with body ""', async () => {
    const local = await serve((_s, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"data":');
    });
    try {
      const result = await postGraphQL(transport(local.url, 150), QUERY, {});
      expect(result).toMatchObject({ status: 200, body: '' });
    } finally {
      await local.close();
    }
  });

  it('keeps one connection alive per transport; another transport opens its own', async () => {
    const local = await serve((_s, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
    try {
      const first = transport(local.url);
      await postGraphQL(first, QUERY, {});
      await postGraphQL(first, QUERY, {});
      expect(local.connections).toBe(1);
      await postGraphQL(transport(local.url), QUERY, {});
      expect(local.connections).toBe(2);
      expect(local.seen).toHaveLength(3);
    } finally {
      await local.close();
    }
  });
});

describe('over https', () => {
  let dir: string;
  let cert: string;
  let key: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'transport-tls-'));
    await run('openssl', [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      path.join(dir, 'key.pem'),
      '-out',
      path.join(dir, 'cert.pem'),
    ]);
    const { readFile } = await import('node:fs/promises');
    cert = await readFile(path.join(dir, 'cert.pem'), 'utf8');
    key = await readFile(path.join(dir, 'key.pem'), 'utf8');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const serveTls = (answer: Parameters<typeof listen>[2]) => listen(createTlsServer({ cert, key }), 'https', answer);

  it('verifies certificates: an untrusted one fails the handshake, not sent, and no request arrives', async () => {
    const local = await serveTls((_s, res) => res.end('{}'));
    try {
      const error = await failure(transport(local.url));
      expect(error.mayHaveExecuted).toBe(false);
      expect(error.message).toMatch(
        /^Could not reach Buffer at https:\/\/127\.0\.0\.1:\d+\/graphql: \S*(SELF_SIGNED|CERT)/,
      );
      expect(local.connections).toBe(1);
      expect(local.seen).toHaveLength(0);
    } finally {
      await local.close();
    }
  });

  it('a TLS handshake that never completes times out as not sent', async () => {
    // Accepts TCP and never answers the ClientHello.
    const silent: TcpServer = createTcpServer(() => {});
    const sockets: Socket[] = [];
    silent.on('connection', (s: Socket) => sockets.push(s));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const endpoint = `https://127.0.0.1:${(silent.address() as AddressInfo).port}/graphql`;
    try {
      const error = await failure(transport(endpoint, 150));
      expect(sockets).toHaveLength(1);
      expect(error).toMatchObject({
        mayHaveExecuted: false,
        code: 'TIMEOUT',
        message: `Could not connect to Buffer at ${endpoint} within 150 ms`,
      });
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it('with a certificate the process trusts (NODE_EXTRA_CA_CERTS): answers arrive; a connection closed after the body was read may have been sent', async () => {
    const local = await serveTls((seen, res, req) => {
      if (JSON.parse(seen.body).variables.reset) return req.socket.destroy();
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"ok":true}}');
    });
    try {
      // NODE_EXTRA_CA_CERTS is read when Node starts: a child process runs the transport's source.
      const source = pathToFileURL(fileURLToPath(new URL('../../src/buffer/transport.ts', import.meta.url))).href;
      const script = `
        const { postGraphQL } = await import(${JSON.stringify(source)});
        // Each on a transport of its own, so the second opens (and completes) its own TLS handshake.
        const open = () => ({ apiKey: 'k', endpoint: ${JSON.stringify(local.url)}, timeoutMs: 5000 });
        const ok = await postGraphQL(open(), 'query { a }', {});
        const lost = await postGraphQL(open(), 'query { a }', { reset: true }).catch((e) => e);
        console.log(JSON.stringify({ ok: ok.body, lost: { mayHaveExecuted: lost.mayHaveExecuted, code: lost.code } }));`;
      const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        env: { ...process.env, NODE_EXTRA_CA_CERTS: path.join(dir, 'cert.pem') },
      });
      expect(JSON.parse(stdout)).toEqual({
        ok: { data: { ok: true } },
        lost: { mayHaveExecuted: true, code: 'NETWORK_ERROR' },
      });
      expect(local.connections).toBe(2);
      expect(local.seen).toHaveLength(2);
      expect(local.seen[0]!.headers.authorization).toBe('Bearer k');
    } finally {
      await local.close();
    }
  });
});
