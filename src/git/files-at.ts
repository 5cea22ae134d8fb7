/**
 * Many files' text at one revision, for the previous versions a push changed:
 * one `git cat-file --batch` for all of them instead of a process each
 * (issue 16), each answer exactly what `git.show(rev, path)` gives.
 */
import type { Git } from './git.js';

/**
 * A reader of files at `rev`: `paths` are read up front in one process; any
 * other path, or an answer the batch could not read with certainty, goes
 * through `git.show`.
 */
export async function filesAt(
  git: Git,
  rev: string,
  paths: string[],
): Promise<(path: string) => Promise<string | undefined>> {
  const known = await showAll(git, rev, paths);
  return async (path) => (known.has(path) ? known.get(path) : await git.show(rev, path));
}

/**
 * The text of many files at one revision from a single `git cat-file --batch`,
 * each exactly as `git.show(rev, path)` gives it (undefined when absent). Any
 * answer it cannot read with certainty is left out of the map, and the caller
 * asks `git.show` for that file.
 */
async function showAll(git: Git, rev: string, paths: string[]): Promise<Map<string, string | undefined>> {
  const found = new Map<string, string | undefined>();
  const wanted = [...new Set(paths)].filter((p) => !/[\r\n]/.test(p));
  if (wanted.length < 2 || rev.startsWith('-')) return found;
  const { exitCode, stdout } = await git.exec(['cat-file', '--batch'], {
    input: wanted.map((p) => `${rev}:${p}\n`).join(''),
    allowFailure: true,
  });
  // Replacement characters mean bytes that are not UTF-8: byte sizes no longer map to text offsets.
  if (exitCode !== 0 || stdout.includes('\ufffd')) return found;
  let at = 0;
  for (const path of wanted) {
    const eol = stdout.indexOf('\n', at);
    if (eol === -1) break;
    const header = stdout.slice(at, eol);
    at = eol + 1;
    const object = /^[0-9a-f]{40,64} (\w+) (\d+)$/.exec(header);
    if (!object) {
      if (header === `${rev}:${path} missing`) {
        found.set(path, undefined);
        continue;
      }
      break; // not an answer we can read: the rest go one by one
    }
    const end = utf8Prefix(stdout, at, Number(object[2]));
    if (end === undefined || stdout[end] !== '\n') break;
    // `cat-file blob` fails on anything but a blob, and show() answers undefined.
    found.set(path, object[1] === 'blob' ? stdout.slice(at, end) : undefined);
    at = end + 1;
  }
  return found;
}

/** The offset in `text` where `bytes` UTF-8 bytes from `start` end, if a character boundary falls exactly there. */
function utf8Prefix(text: string, start: number, bytes: number): number | undefined {
  // At most `bytes` characters: each is at least one byte. Byte length only grows with the prefix: bisect.
  let lo = 0;
  let hi = Math.min(bytes, text.length - start);
  if (Buffer.byteLength(text.slice(start, start + hi)) === bytes) return start + hi;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const length = Buffer.byteLength(text.slice(start, start + mid));
    if (length === bytes) return start + mid;
    if (length < bytes) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}
