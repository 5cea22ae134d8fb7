/**
 * Log lines holding user text never become workflow commands (issue 6 item
 * 5): anything the runner would read as one (`::` after leading whitespace,
 * or the legacy `##[`, on any line, however it is broken) is quarantined
 * between stop-commands lines with an unguessable token; the rest is untouched.
 */
import { describe, expect, it } from 'vitest';
import { couldBeWorkflowCommand, quarantined } from '../../src/report/workflow-commands.js';

describe('workflow command quarantine', () => {
  it.each([
    ['a line that starts with ::', '::error::x'],
    ['after leading whitespace', '   \t::warning::x'],
    ['on a later line', 'created posts/a\n::error::x.md'],
    ['after a CRLF', 'a\r\n::add-mask::x'],
    ['after a lone CR (the runner splits there too)', 'a\r::stop-commands::x'],
    ['the legacy syntax', 'a\n##[error]x'],
  ])('%s', (_name, text) => {
    expect(couldBeWorkflowCommand(text)).toBe(true);
    const [open, body, close] = quarantined(text);
    expect(body).toBe(text); // shown byte for byte
    const token = /^::stop-commands::([0-9a-f-]{36})$/.exec(open!)?.[1];
    expect(token).toBeDefined();
    expect(close).toBe(`::${token}::`);
    expect(quarantined(text)[0]).not.toBe(open); // a new token each time
  });

  it('leaves ordinary text alone, colons included', () => {
    for (const text of [
      'created  create      posts/a.md → twitter',
      'Retry at 09:15:00',
      'a :: b',
      'Pushed abc1234 to main',
    ]) {
      expect(couldBeWorkflowCommand(text)).toBe(false);
      expect(quarantined(text)).toEqual([text]);
    }
  });
});
