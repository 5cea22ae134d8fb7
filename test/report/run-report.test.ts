/**
 * Text from posts and from Buffer stays on its Markdown line: a table cell or
 * a note that carried a line break (CommonMark ends a line at \r\n, \n and a
 * lone \r alike) would cut the row or the quote in two.
 */
import { describe, expect, it } from 'vitest';
import { cell, oneLine } from '../../src/report/run-report.js';

describe('cell and oneLine', () => {
  it('turn every kind of line break into a space, a lone \\r included', () => {
    expect(oneLine('one\r\ntwo\nthree\rfour')).toBe('one two three four');
    expect(cell('one\r\ntwo\nthree\rfour')).toBe('one two three four');
    expect(cell('a\r\rb')).toBe('a  b');
  });

  it('cell escapes the pipe that would end the cell; neither opens an HTML tag', () => {
    expect(cell('a | b <br>')).toBe('a \\| b &lt;br>');
    expect(oneLine('a | b <br>')).toBe('a | b &lt;br>');
  });
});
