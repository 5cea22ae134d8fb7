import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lazyStdStream } from '../../src/cli/std-streams.js';
import { createGitFixture, type GitFixture } from '../helpers/git-fixture.js';
import { CLI } from './run-cli.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'std-streams-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A stand-in for process.stdout that records what reaches it. */
function fakeStream(): NodeJS.WriteStream & { got: string[] } {
  const got: string[] = [];
  return {
    got,
    columns: 123,
    write(chunk: string | Uint8Array, cb?: () => void) {
      got.push(Buffer.from(chunk).toString('utf8'));
      cb?.();
      return true;
    },
  } as unknown as NodeJS.WriteStream & { got: string[] };
}

describe('lazyStdStream', () => {
  it('writes straight to the descriptor, in order, without making the real stream', async () => {
    const file = path.join(dir, 'out.txt');
    const fd = openSync(file, 'w');
    let made = 0;
    const out = lazyStdStream(fd, () => {
      made++;
      return fakeStream();
    });
    let called = false;
    out.write('héllo ');
    out.write(Buffer.from('bytes '));
    out.write('6869', 'hex');
    await new Promise<void>((resolve) => out.write('\n', () => ((called = true), resolve())));
    expect(out.isTTY).toBeUndefined();
    closeSync(fd);
    expect(readFileSync(file, 'utf8')).toBe('héllo bytes hi\n');
    expect(called).toBe(true);
    expect(made).toBe(0);
  });

  it('hands a write the descriptor refuses, and every later one, to the real stream', () => {
    const fd = openSync(path.join(dir, 'closed.txt'), 'w');
    closeSync(fd); // EBADF from here on
    const real = fakeStream();
    const out = lazyStdStream(fd, () => real);
    out.write('first\n');
    out.write('second\n');
    expect(real.got).toEqual(['first\n', 'second\n']);
  });

  it('gives everything but write from the real stream', () => {
    const real = fakeStream();
    const out = lazyStdStream(1, () => real);
    expect(out.columns).toBe(123);
    // Once the real stream exists, writes go through it, so nothing can overtake what it holds.
    out.write('after\n');
    expect(real.got).toEqual(['after\n']);
  });
});

describe('the bundled CLI through a pipe', () => {
  let fx: GitFixture;
  beforeAll(async () => {
    fx = await createGitFixture();
    // Enough files with findings for more output than a pipe holds (64 KiB on Linux).
    await mkdir(path.join(fx.work, 'posts'), { recursive: true });
    for (let i = 0; i < 300; i++)
      await writeFile(
        path.join(fx.work, 'posts', `p${String(i).padStart(3, '0')}.md`),
        `---\nchannel: x\nmode: sometimes\ndueAt: not a time\n---\n${'A long post. '.repeat(30)}\n`,
      );
  });
  afterAll(async () => {
    await fx.cleanup();
  });

  const run = (args: string[], slowReader: boolean) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [CLI, ...args], {
        cwd: fx.work,
        env: { ...fx.env, NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (d: Buffer) => out.push(d));
      child.stderr.on('data', (d: Buffer) => err.push(d));
      if (slowReader) {
        // The CLI fills both pipes while nobody reads them.
        child.stdout.pause();
        child.stderr.pause();
        setTimeout(() => {
          child.stdout.resume();
          child.stderr.resume();
        }, 300);
      }
      child.on('error', reject);
      child.on('close', (code) =>
        resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
      );
    });

  it('loses and reorders nothing when the output is larger than the pipe and read late', async () => {
    const fast = await run(['validate'], false);
    const slow = await run(['validate'], true);
    expect(fast.code).toBe(1);
    expect(fast.stdout.length + fast.stderr.length).toBeGreaterThan(128 * 1024);
    expect(slow).toEqual(fast);
    const json = await run(['validate', '--json'], true);
    expect(() => JSON.parse(json.stdout)).not.toThrow();
  });
});
