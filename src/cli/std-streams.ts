/**
 * Standard output and error for the CLI, without building Node's stream
 * objects for plain writes: for a pipe, `process.stdout` is a net.Socket
 * whose setup costs every run a few milliseconds (≈ 3–5 ms of a `validate`,
 * issue 16). A write goes straight to the file descriptor. Anything else (a
 * terminal's `columns`, listeners, `end`) is the real stream; so is every
 * write after one the descriptor did not take whole (EAGAIN on a full
 * non-blocking pipe, EPIPE, …), starting with the bytes not yet written, so
 * the output keeps its order and errors are handled as Node's stream handles
 * them.
 */
import { writeSync } from 'node:fs';

type WriteCallback = (error?: Error | null) => void;

export function lazyStdStream(
  fd: number,
  /** The real stream, made on first need: `process.stdout` or `process.stderr`. */
  real: () => NodeJS.WriteStream,
): NodeJS.WriteStream {
  let stream: NodeJS.WriteStream | undefined;
  const realStream = (): NodeJS.WriteStream => (stream ??= real());
  const write = (
    chunk: string | Uint8Array,
    encoding?: BufferEncoding | WriteCallback,
    callback?: WriteCallback,
  ): boolean => {
    const done = typeof encoding === 'function' ? encoding : callback;
    if (stream) return stream.write(chunk, done);
    let bytes: Uint8Array =
      typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8') : chunk;
    try {
      while (bytes.length > 0) bytes = bytes.subarray(writeSync(fd, bytes));
    } catch {
      return realStream().write(bytes, done);
    }
    if (done) process.nextTick(done);
    return true;
  };
  return new Proxy({} as NodeJS.WriteStream, {
    get(_target, property) {
      if (property === 'write') return write;
      // As Node's streams say it: true for a terminal, absent otherwise.
      if (property === 'isTTY' && !stream) return process.getBuiltinModule('node:tty').isatty(fd) ? true : undefined;
      const target = realStream();
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
