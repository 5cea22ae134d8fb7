/**
 * A local HTTP(S) server on 127.0.0.1 that records every request (method,
 * URL, headers, whole body) before the test's `answer` replies: the wire
 * tests of the Buffer transport and of GitHub's REST client share it.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface RecordingServer {
  /** `<protocol>://127.0.0.1:<port><path>` */
  url: string;
  seen: Seen[];
  /** TCP connections accepted so far. */
  connections: number;
  close(): Promise<void>;
}

/** Listens on port 0; `answer` gets each request after its whole body was read. */
export async function listenRecording(
  server: Server,
  protocol: 'http' | 'https',
  answer: (seen: Seen, res: ServerResponse, req: IncomingMessage) => void,
  path = '',
): Promise<RecordingServer> {
  const local = { seen: [] as Seen[], connections: 0 } as RecordingServer;
  server.on('connection', () => local.connections++);
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const seen = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      local.seen.push(seen);
      answer(seen, res, req);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  local.url = `${protocol}://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
  local.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return local;
}
