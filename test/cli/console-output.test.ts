/**
 * The CLI's terminal manners (issue 13): colour only on a terminal and never
 * with NO_COLOR; a slow phase shows a status line on a terminal, erased when
 * it ends; a fast one shows nothing; a pipe gets no status lines at all.
 */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ConsoleReporter } from '../../src/report/console-reporter.js';

class Stream extends Writable {
  text = '';
  constructor(
    readonly isTTY: boolean,
    readonly columns = 80,
  ) {
    super();
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void) {
    this.text += chunk.toString('utf8');
    done();
  }
}

const finding = {
  file: 'posts/a.md',
  line: 3,
  column: 5,
  severity: 'error' as const,
  code: 'too-long',
  message: 'Shorten it.',
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('ConsoleReporter on a terminal and in a pipe', () => {
  it('colours severities on a terminal only, and never with NO_COLOR', () => {
    const cases: [boolean, NodeJS.ProcessEnv, boolean][] = [
      [true, {}, true],
      [true, { NO_COLOR: '1' }, false],
      [false, {}, false],
    ];
    for (const [tty, env, coloured] of cases) {
      const err = new Stream(tty);
      new ConsoleReporter({ out: new Stream(tty), err, env }).finding(finding);
      expect(err.text.includes('\u001b['), `tty ${tty}, ${JSON.stringify(env)}`).toBe(coloured);
      expect(err.text.replace(/\u001b\[\d+m/g, '')).toBe('posts/a.md:3:5: error: Shorten it. [too-long]\n');
    }
  });

  it('a slow phase shows its name as a status line on a terminal, erased before other output and at the end', async () => {
    const err = new Stream(true);
    const out = new Stream(true);
    const reporter = new ConsoleReporter({ out, err, env: { NO_COLOR: '1' }, progressDelayMs: 10 });
    const result = await reporter.group('Reading Buffer', async () => {
      await sleep(60);
      reporter.info('Organization Acme Inc: 3 post(s)');
      await sleep(30);
      return 42;
    });
    expect(result).toBe(42);
    expect(err.text).toBe('Reading Buffer …\r\u001b[KReading Buffer …\r\u001b[K');
    expect(out.text).toBe('Organization Acme Inc: 3 post(s)\n');
  });

  it('a fast phase shows nothing; in a pipe no phase does', async () => {
    const fast = new Stream(true);
    await new ConsoleReporter({ out: new Stream(true), err: fast, progressDelayMs: 1000 }).group(
      'Reading Buffer',
      async () => 1,
    );
    expect(fast.text).toBe('');
    const pipe = new Stream(false);
    await new ConsoleReporter({ out: new Stream(false), err: pipe, progressDelayMs: 1 }).group('Reading Buffer', () =>
      sleep(30),
    );
    expect(pipe.text).toBe('');
  });
});
