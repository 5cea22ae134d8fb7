/**
 * One HTTP request over node:http / node:https, reporting how far it got when
 * it fails: whether any byte of the request can have left this machine. That
 * is what decides whether Buffer may have executed a request whose answer
 * never came (buffer/transport.ts turns it into
 * `BufferTransportError.mayHaveExecuted`), and with it whether a create may be
 * sent again: a create sent twice is a post published twice. GitHub's REST
 * client (github/rest.ts) uses it too, for the same reason as Buffer's: Node's
 * fetch loads undici and compiles its WebAssembly parser on first use
 * (≈ 0.1 s CPU, ≈ 40 MB peak memory, issue 16).
 *
 * The rule: nothing has left while the connection is not up. A socket that is
 * still connecting when the request gets it (DNS lookup, TCP connect, and for
 * https the TLS handshake) sends nothing until `connect` (http) or
 * `secureConnect` (https) fires, so a failure before that event (refused, DNS,
 * certificate, a timeout while connecting) left nothing behind. Any other
 * failure may have reached the server: a reused keep-alive socket, or a
 * socket handed over in a state we did not see start (a proxy tunnel). The
 * request's `finish` event is not used to say "not sent": bytes the kernel
 * already took may be on the wire before Node reports the write done, so a
 * failure before `finish` proves nothing.
 *
 * Every response that arrived is resolved, whatever its status. A body cut off
 * (reset mid-body, the deadline passing mid-body, an encoding we cannot
 * decode) resolves with `body: undefined`: the status still says what Buffer
 * answered. Redirects are not followed here: each caller decides
 * (buffer/transport.ts returns them, github/rest.ts follows its own origin's).
 */
import type { Agent, ClientRequest, IncomingMessage, OutgoingHttpHeaders } from 'node:http';
import type { Socket } from 'node:net';

export interface RawResponse {
  status: number;
  /** Lower-case names; a name sent on several lines has its values joined with ", ". */
  headers: Record<string, string>;
  /** The decoded bytes, or undefined when the body was cut off or could not be decoded. */
  body: Buffer | undefined;
}

/** The request failed before any response arrived. */
export class ExchangeFailure extends Error {
  /** False only when no byte of the request can have left (the connection never came up). */
  readonly mayHaveLeft: boolean;
  /** The deadline passed (otherwise a network error). */
  readonly timedOut: boolean;
  /**
   * @param message Node's error code when there is one (ECONNREFUSED, ENOTFOUND,
   * DEPTH_ZERO_SELF_SIGNED_CERT, ECONNRESET…), else its message; "timed out" for the deadline
   */
  constructor(message: string, opts: { mayHaveLeft: boolean; timedOut: boolean; cause?: unknown }) {
    super(message, { cause: opts.cause });
    this.name = 'ExchangeFailure';
    this.mayHaveLeft = opts.mayHaveLeft;
    this.timedOut = opts.timedOut;
  }
}

export type HttpModule = typeof import('node:http') | typeof import('node:https');

/**
 * node:https is loaded only for an https URL: it loads TLS (≈ 10–20 ms
 * measured), which a request to the local sandbox never needs. Loaded with
 * `process.getBuiltinModule`, not `import()`: an ES import of node:http builds
 * its namespace from every export, and on Node 24 that runs the lazy
 * `http.WebSocket` getter, which loads undici, the very cost this transport
 * avoids (measured: `await import('node:http')` loads undici and tls).
 */
function httpModule(url: URL): HttpModule {
  return url.protocol === 'https:' ? process.getBuiltinModule('node:https') : process.getBuiltinModule('node:http');
}

/**
 * A keep-alive agent with the proxy settings Node gave its own global agent:
 * from Node 24.5 that is HTTP(S)_PROXY / NO_PROXY when NODE_USE_ENV_PROXY=1 or
 * --use-env-proxy is set (the switch Node's fetch obeys), and nothing
 * otherwise. Older Nodes have no such setting and ignore the option.
 */
function keepAliveAgent(mod: HttpModule): Agent {
  const inherited = (mod.globalAgent as Agent & { options?: { proxyEnv?: unknown } }).options?.proxyEnv;
  const options: ConstructorParameters<typeof mod.Agent>[0] & { proxyEnv?: unknown } = { keepAlive: true };
  if (inherited) options.proxyEnv = inherited;
  return new mod.Agent(options);
}

/**
 * The keep-alive agent of one client (a Buffer client, GitHub's REST client),
 * made on its first request and made anew only if the protocol changes (a
 * redirect from http to https).
 */
export class KeepAlive {
  private current: { protocol: string; mod: HttpModule; agent: Agent } | undefined;

  for(url: URL): { mod: HttpModule; agent: Agent } {
    if (this.current?.protocol !== url.protocol) {
      const mod = httpModule(url);
      this.current = { protocol: url.protocol, mod, agent: keepAliveAgent(mod) };
    }
    return this.current;
  }
}

export interface ExchangeOptions {
  /** POST when there is a body, GET otherwise. */
  method?: string;
  mod: HttpModule;
  agent: Agent;
  headers: OutgoingHttpHeaders;
  /** 0 disables; otherwise the whole exchange (connect, send, headers, body) must fit in it. */
  timeoutMs: number;
  /** Aborting it ends the exchange at once, as a failure (a read nobody needs any more). */
  signal?: AbortSignal;
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** `rawHeaders` keeps every line, where `headers` drops repeats of some names (content-type…). */
function joinHeaders(raw: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i]!.toLowerCase();
    out[name] = name in out ? `${out[name]}, ${raw[i + 1]!}` : raw[i + 1]!;
  }
  return out;
}

/**
 * The body without its content-coding; undefined for a coding we cannot undo
 * or a body that does not decode. Only gzip is undone: it is the one coding
 * any request here asks for (Buffer's `accept-encoding: gzip`; GitHub's
 * requests ask for none, and GitHub answers those uncompressed).
 */
function decode(body: Buffer, coding: string | undefined): Buffer | undefined {
  const c = (coding ?? '').trim().toLowerCase();
  if (c === '' || c === 'identity') return body;
  if (c !== 'gzip' && c !== 'x-gzip') return undefined;
  try {
    // Loaded only when a server compressed (≈ 2 ms).
    return process.getBuiltinModule('node:zlib').gunzipSync(body);
  } catch {
    return undefined;
  }
}

/**
 * Sends `body` (when given) to `url`; resolves with any response, rejects with
 * `ExchangeFailure` when none arrived. Without a body no content-length is
 * sent, as for any GET.
 */
export function exchange(url: URL, body: string | undefined, opts: ExchangeOptions): Promise<RawResponse> {
  return new Promise<RawResponse>((resolve, reject) => {
    let settled = false;
    let timedOut = false;
    let timer: NodeJS.Timeout | undefined;
    // No socket yet: nothing can have left (see the rule above).
    let mayHaveLeft = false;
    let answered: { status: number; headers: Record<string, string> } | undefined;

    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      finish();
    };
    const fail = (error: unknown) =>
      settle(() => {
        // A failure after the status line arrived cuts the body off; the answer stands.
        if (answered) return resolve({ ...answered, body: undefined });
        const message = timedOut
          ? 'timed out'
          : (errorCode(error) ?? (error as Error | undefined)?.message ?? 'network error');
        reject(new ExchangeFailure(message, { mayHaveLeft, timedOut, cause: error }));
      });

    let req: ClientRequest;
    try {
      req = opts.mod.request(url, {
        method: opts.method ?? (body === undefined ? 'GET' : 'POST'),
        agent: opts.agent,
        signal: opts.signal,
        headers: body === undefined ? opts.headers : { ...opts.headers, 'content-length': Buffer.byteLength(body) },
      });
    } catch (error) {
      // Refused by Node before any socket was opened (an invalid header value).
      fail(error);
      return;
    }

    if (opts.timeoutMs > 0) {
      timer = setTimeout(() => {
        timedOut = true;
        req.destroy(new Error(`no complete answer within ${opts.timeoutMs} ms`));
      }, opts.timeoutMs);
    }

    req.on('socket', (socket: Socket) => {
      if (!socket.connecting) {
        // A reused keep-alive socket, or one connected out of our sight.
        mayHaveLeft = true;
        return;
      }
      socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', () => {
        mayHaveLeft = true;
      });
    });
    req.on('error', fail);
    req.on('response', (res: IncomingMessage) => {
      answered = { status: res.statusCode ?? 0, headers: joinHeaders(res.rawHeaders) };
      const { status, headers } = answered;
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', fail);
      res.on('close', () => {
        if (!res.complete) fail(new Error('response cut off'));
      });
      res.on('end', () => {
        if (!res.complete) return fail(new Error('response cut off'));
        // Settled here, so the deadline cannot cut off a body that fully arrived.
        settle(() => resolve({ status, headers, body: decode(Buffer.concat(chunks), headers['content-encoding']) }));
      });
    });

    if (body === undefined) req.end();
    else req.end(body);
  });
}
