/** The CLI's reporter, when run inside a workflow step, cannot be made to emit workflow commands. */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ConsoleReporter } from '../../src/report/console-reporter.js';

function capture() {
  const out = new PassThrough();
  const err = new PassThrough();
  let text = '';
  out.on('data', (d) => (text += d));
  err.on('data', (d) => (text += d));
  return { reporter: new ConsoleReporter({ out, err, color: false }), text: () => text };
}

describe('ConsoleReporter', () => {
  it('prints findings as file:line:col: severity: message [code]', () => {
    const c = capture();
    c.reporter.finding({
      file: 'posts/a.md',
      line: 3,
      column: 5,
      severity: 'error',
      code: 'too-long',
      message: 'Shorten it.',
    });
    expect(c.text()).toBe('posts/a.md:3:5: error: Shorten it. [too-long]\n');
  });

  it('quarantines user text that would read as a workflow command', () => {
    const c = capture();
    c.reporter.finding({
      file: 'posts/a\n::error::pwned.md',
      line: 1,
      column: 1,
      severity: 'warning',
      code: 'x',
      message: 'm',
    });
    c.reporter.info('::add-mask::secret');
    const lines = c.text().split('\n');
    const open = lines.filter((l) => l.startsWith('::stop-commands::'));
    expect(open).toHaveLength(2);
    for (const start of open) {
      const token = start.slice('::stop-commands::'.length);
      expect(token).toMatch(/^[0-9a-f-]{36}$/);
      expect(lines).toContain(`::${token}::`);
    }
    // Every line that looks like a command sits between a stop-commands line and its end token.
    let inside = false;
    let token = '';
    for (const line of lines) {
      if (line.startsWith('::stop-commands::')) {
        inside = true;
        token = line.slice(17);
        continue;
      }
      if (inside && line === `::${token}::`) {
        inside = false;
        continue;
      }
      if (/^\s*::/.test(line)) expect(inside).toBe(true);
    }
  });
});
