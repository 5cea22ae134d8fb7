/**
 * A smart-HTTP git server for tests: `git http-backend` run as a CGI program
 * behind node:http on 127.0.0.1 (port 0, so parallel suites never collide).
 *
 * Like GitHub, it answers 401 unless the request carries
 * `Authorization: Basic base64(x-access-token:<token>)`, and it records every
 * request so a test can check how (and whether) the token travelled.
 */
import { spawn } from 'node:child_process';
import { chmod, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export interface RecordedRequest {
  method: string;
  /** Path and query as received; a token in the URL would show here. */
  url: string;
  authorization: string | undefined;
  authorized: boolean;
}

export interface GitHttpServer {
  /** `http://127.0.0.1:<port>`: the value for `Git`'s `serverUrl`. */
  baseUrl: string;
  /** The URL of a repository under the project root, e.g. `repoUrl('origin.git')`. */
  repoUrl(name: string): string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export interface GitHttpServerOptions {
  /** Directory holding the bare repositories served. */
  projectRoot: string;
  /** The only token accepted. */
  token: string;
  /** Environment for `git http-backend` (the fixture's isolated one). */
  env: NodeJS.ProcessEnv;
}

export async function startGitHttpServer(opts: GitHttpServerOptions): Promise<GitHttpServer> {
  const expected = `Basic ${Buffer.from(`x-access-token:${opts.token}`).toString('base64')}`;
  const requests: RecordedRequest[] = [];

  const server = http.createServer((req, res) => {
    const authorization = req.headers.authorization;
    const authorized = authorization !== undefined && authorization.toLowerCase() === expected.toLowerCase();
    requests.push({ method: req.method ?? '', url: req.url ?? '', authorization, authorized });
    if (!authorized) {
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="test git"', 'Content-Type': 'text/plain' });
      res.end('authentication required\n');
      return;
    }
    serveCgi(req, res, opts);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;

  return {
    baseUrl,
    repoUrl: (name) => `${baseUrl}/${name}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Makes a bare repository refuse pushes with `message`, the way a branch
 * protection rule or a server hook does (the message reaches the client as
 * `remote: …` lines and the ref as `[remote rejected] (pre-receive hook declined)`).
 * With `onlyRef` (e.g. `refs/heads/main`) only updates of that ref are refused.
 */
export async function installRejectingPreReceiveHook(bare: string, message: string, onlyRef?: string): Promise<void> {
  const hook = path.join(bare, 'hooks', 'pre-receive');
  const quote = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`;
  const script = [
    '#!/bin/sh',
    // pre-receive gets one "<old> <new> <ref>" line per updated ref on stdin.
    'while read -r old new ref; do',
    `  if [ -z ${quote(onlyRef ?? '')} ] || [ "$ref" = ${quote(onlyRef ?? '')} ]; then`,
    `    printf '%s\\n' ${quote(message)} >&2`,
    '    exit 1',
    '  fi',
    'done',
    'exit 0',
    '',
  ].join('\n');
  await writeFile(hook, script);
  await chmod(hook, 0o755);
}

/** Runs `git http-backend` for one request and translates its CGI answer into the HTTP response. */
function serveCgi(req: http.IncomingMessage, res: http.ServerResponse, opts: GitHttpServerOptions): void {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const env: NodeJS.ProcessEnv = {
    ...opts.env,
    GIT_PROJECT_ROOT: opts.projectRoot,
    GIT_HTTP_EXPORT_ALL: '1',
    // receive-pack (push) is only enabled for an authenticated user.
    REMOTE_USER: 'x-access-token',
    REMOTE_ADDR: '127.0.0.1',
    GATEWAY_INTERFACE: 'CGI/1.1',
    SERVER_PROTOCOL: 'HTTP/1.1',
    REQUEST_METHOD: req.method ?? 'GET',
    PATH_INFO: decodeURIComponent(url.pathname),
    QUERY_STRING: url.search.replace(/^\?/, ''),
    CONTENT_TYPE: req.headers['content-type'] ?? '',
  };
  if (req.headers['content-length'] !== undefined) env.CONTENT_LENGTH = req.headers['content-length'];
  if (req.headers['content-encoding'] !== undefined) env.HTTP_CONTENT_ENCODING = req.headers['content-encoding'];
  const protocol = req.headers['git-protocol'];
  if (typeof protocol === 'string') env.GIT_PROTOCOL = protocol;

  const child = spawn('git', ['http-backend'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  child.stderr.resume();
  req.pipe(child.stdin);
  child.stdin.on('error', () => undefined);

  let head = Buffer.alloc(0);
  let headersSent = false;
  child.stdout.on('data', (chunk: Buffer) => {
    if (headersSent) {
      res.write(chunk);
      return;
    }
    head = Buffer.concat([head, chunk]);
    const crlf = head.indexOf('\r\n\r\n');
    const lf = head.indexOf('\n\n');
    const end = crlf >= 0 ? crlf : lf;
    if (end < 0) return;
    const separator = crlf >= 0 ? 4 : 2;
    let status = 200;
    const headers: Record<string, string> = {};
    for (const line of head.subarray(0, end).toString('latin1').split(/\r?\n/)) {
      const colon = line.indexOf(':');
      if (colon < 0) continue;
      const name = line.slice(0, colon).trim();
      const value = line.slice(colon + 1).trim();
      if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10) || 200;
      else headers[name] = value;
    }
    res.writeHead(status, headers);
    headersSent = true;
    const rest = head.subarray(end + separator);
    if (rest.length > 0) res.write(rest);
  });
  child.on('close', () => {
    if (!headersSent) {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end('git http-backend produced no answer\n');
    } else {
      res.end();
    }
  });
  child.on('error', () => {
    if (!res.headersSent) res.writeHead(500);
    res.end();
  });
}
