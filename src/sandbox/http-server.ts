/**
 * HTTP transport for the sandbox: Buffer's GraphQL endpoint (`POST /` and
 * `POST /graphql`) and the sandbox's own control endpoints under `/__sandbox/`
 * (no auth: they are for tests, benchmarks and demos on 127.0.0.1), served
 * exactly as control-routes.ts lists and documents them.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { matchControlRoute, type ControlRouteKey } from './control-routes.js';
import type { SandboxEngine } from './engine.js';
import { markSent } from './store.js';
import type { SandboxSeed, StoredPost } from './seed.js';

const MAX_BODY_BYTES = 10 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('Request body too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string | string[]> = {},
): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    ...(body === undefined ? {} : { 'Content-Type': 'application/json; charset=utf-8' }),
    'Access-Control-Allow-Origin': '*',
    ...headers,
  });
  res.end(text);
}

function controlError(res: ServerResponse, status: number, message: string): void {
  send(res, status, { error: message });
}

function observed(body: string): ObservedRequest {
  try {
    const parsed = JSON.parse(body) as { query?: unknown; variables?: unknown };
    return {
      query: typeof parsed.query === 'string' ? parsed.query : '',
      variables:
        parsed.variables && typeof parsed.variables === 'object' ? (parsed.variables as Record<string, unknown>) : {},
    };
  } catch {
    return { query: '', variables: {} };
  }
}

function parseJson(text: string): unknown {
  return text.trim() === '' ? undefined : JSON.parse(text);
}

/** A GraphQL request as received, for in-process observers (tests that act at an exact moment). */
export interface ObservedRequest {
  query: string;
  variables: Record<string, unknown>;
}
export type RequestObserver = (request: ObservedRequest) => void | Promise<void>;

export function createSandboxServer(
  engine: SandboxEngine,
  defaultSeed: () => SandboxSeed,
  sleep: (ms: number) => Promise<void>,
  onRequest?: RequestObserver,
): Server {
  return createServer((req, res) => {
    handle(engine, defaultSeed, sleep, req, res, onRequest).catch((e: unknown) => {
      if (!res.headersSent)
        send(res, 500, {
          errors: [
            { message: `Sandbox error: ${(e as Error).message}`, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
          ],
        });
      else res.destroy();
    });
  });
}

async function handle(
  engine: SandboxEngine,
  defaultSeed: () => SandboxSeed,
  sleep: (ms: number) => Promise<void>,
  req: IncomingMessage,
  res: ServerResponse,
  onRequest?: RequestObserver,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const method = req.method ?? 'GET';
  // Every HTTP answer carries the server's clock; Buffer's is Buffer's time, the sandbox's is its own (moved by /__sandbox/clock).
  res.setHeader('Date', new Date(engine.clock.nowMs()).toUTCString());

  if (method === 'OPTIONS') {
    // CORS preflight; `buffer doctor` probes reachability with OPTIONS /graphql (facts §1.1).
    return send(res, 204, undefined, {
      'Access-Control-Allow-Methods': 'POST, OPTIONS',
      'Access-Control-Allow-Headers':
        'Content-Type, Authorization, x-buffer-client-id, x-buffer-client-name, x-buffer-client-version',
    });
  }

  if (path === '/' || path === '/graphql') {
    const body = await readBody(req);
    if (method !== 'POST') {
      // Buffer answers GET with 401 before anything else; with a valid key we say what to do instead.
      const result = await engine.handleGraphQL(req.headers.authorization, '');
      if (result.kind === 'response' && result.status === 401) return send(res, 401, result.body);
      return send(
        res,
        405,
        {
          errors: [
            { message: 'Use POST with a JSON body {"query", "variables"}', extensions: { code: 'METHOD_NOT_ALLOWED' } },
          ],
        },
        { Allow: 'POST, OPTIONS' },
      );
    }
    if (onRequest) await onRequest(observed(body));
    const result = await engine.handleGraphQL(req.headers.authorization, body);
    if (engine.latencyMs > 0) await sleep(engine.latencyMs);
    if (result.kind === 'drop') {
      req.socket.destroy();
      return;
    }
    return send(res, result.status, result.body, result.headers as Record<string, string | string[]>);
  }

  if (!path.startsWith('/__sandbox/')) return send(res, 404, { errors: [{ message: `Not found: ${method} ${path}` }] });

  const body = await readBody(req);
  let json: unknown;
  try {
    json = parseJson(body);
  } catch {
    return controlError(res, 400, 'Body must be JSON');
  }

  const route = matchControlRoute(method, path);
  if (!route) return controlError(res, 404, `Unknown control endpoint: ${method} ${path}`);
  return CONTROL_HANDLERS[route.key]({ engine, defaultSeed, json, id: route.id ?? '', res });
}

interface ControlRequest {
  engine: SandboxEngine;
  defaultSeed: () => SandboxSeed;
  /** The parsed body; undefined when it was empty. */
  json: unknown;
  /** The route's `:id` segment, decoded ('' for routes without one). */
  id: string;
  res: ServerResponse;
}

/** One handler per entry of CONTROL_ROUTES: the compiler refuses a documented route without a handler, and a handler without a documented route. */
const CONTROL_HANDLERS: Record<ControlRouteKey, (r: ControlRequest) => void> = {
  'GET /__sandbox/state': ({ engine, res }) => send(res, 200, engine.state()),

  'POST /__sandbox/reset': ({ engine, defaultSeed, json, res }) => {
    try {
      engine.reset((json as SandboxSeed | undefined) ?? defaultSeed());
    } catch (e) {
      return controlError(res, 400, (e as Error).message);
    }
    send(res, 200, { ok: true, now: engine.clock.nowIso() });
  },

  'POST /__sandbox/clock': ({ engine, json, res }) => {
    const b = (json ?? {}) as { advanceSeconds?: unknown; now?: unknown };
    let published: number;
    if (typeof b.advanceSeconds === 'number' && Number.isFinite(b.advanceSeconds))
      published = engine.advanceClock(b.advanceSeconds);
    else if (typeof b.now === 'string' && !Number.isNaN(Date.parse(b.now))) published = engine.setClock(b.now);
    else return controlError(res, 400, 'Send {"advanceSeconds": N} or {"now": "<ISO date-time>"}');
    send(res, 200, { now: engine.clock.nowIso(), published });
  },

  'POST /__sandbox/faults': ({ engine, json, res }) => {
    try {
      engine.setFaults((json ?? {}) as Parameters<SandboxEngine['setFaults']>[0]);
    } catch (e) {
      return controlError(res, 400, (e as Error).message);
    }
    send(res, 200, { ok: true });
  },

  'PATCH /__sandbox/posts/:id': ({ engine, json, id, res }) => {
    const post = engine.store.posts.get(id);
    if (!post) return controlError(res, 404, `Post ${id} not found`);
    const problem = patchPost(engine, post, (json ?? {}) as Record<string, unknown>);
    if (problem) return controlError(res, 400, problem);
    engine.persist();
    send(res, 200, post);
  },

  'DELETE /__sandbox/posts/:id': ({ engine, id, res }) => {
    if (!engine.store.posts.delete(id)) return controlError(res, 404, `Post ${id} not found`);
    engine.persist();
    send(res, 204, undefined);
  },
};

const STATUSES = ['draft', 'error', 'needs_approval', 'scheduled', 'sending', 'sent'];

/** Simulates a person editing the post in Buffer's web app (drift for `sync` to notice). */
function patchPost(engine: SandboxEngine, post: StoredPost, patch: Record<string, unknown>): string | null {
  const nowIso = engine.clock.nowIso();
  if (patch.text !== undefined) {
    if (typeof patch.text !== 'string') return 'text must be a string';
    post.text = patch.text;
    // The app edits a thread's first item and the post's text as one: they stay equal, as Buffer requires.
    const thread = post.metadata?.thread;
    if (Array.isArray(thread) && thread.length > 0)
      thread[0] = { ...(thread[0] as Record<string, unknown>), text: patch.text };
  }
  if (patch.dueAt !== undefined) {
    if (patch.dueAt !== null && (typeof patch.dueAt !== 'string' || Number.isNaN(Date.parse(patch.dueAt))))
      return 'dueAt must be an ISO date-time or null';
    post.dueAt = patch.dueAt === null ? null : new Date(patch.dueAt).toISOString();
    post.isCustomScheduled = post.dueAt !== null;
    // A time picked in Buffer's app is a custom schedule: the post leaves the queue.
    if (post.dueAt !== null && post.status !== 'draft') post.shareMode = 'customScheduled';
  }
  if (patch.error !== undefined) {
    const message =
      typeof patch.error === 'string' ? patch.error : (patch.error as { message?: string } | null)?.message;
    post.error = message ? { message } : null;
    if (message && patch.status === undefined) post.status = 'error';
  }
  if (patch.status !== undefined) {
    if (!STATUSES.includes(String(patch.status))) return `status must be one of ${STATUSES.join(', ')}`;
    post.status = patch.status as StoredPost['status'];
    if (post.status === 'sent')
      markSent(
        post,
        engine.store.channels.get(post.channelId),
        typeof patch.sentAt === 'string' ? patch.sentAt : (post.dueAt ?? nowIso),
      );
  }
  if (typeof patch.externalLink === 'string') post.externalLink = patch.externalLink;
  post.via = 'buffer';
  post.updatedAt = nowIso;
  return null;
}
