/**
 * collect.ts tells an edit that touched only the `buffer:` block (the
 * write-back's own commit) from any other by comparing both versions with the
 * block stripped. Its shortcut (the same front matter up to the body, so only
 * the bodies can differ) must answer exactly what stripping both answers, for
 * every kind of file: BOM, CRLF, no or unclosed front matter, a fence at the
 * very end, YAML that cannot be read, empty and commented blocks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameOutsideBufferBlock } from '../../src/plan/collect.js';
import { stripBufferBlock } from '../../src/writeback/buffer-block.js';

const byStripping = (a: string, b: string) => stripBufferBlock(a) === stripBufferBlock(b);

const yamlLine = fc.constantFrom(
  'channel: twitter',
  'channels: [twitter, linkedin]',
  'buffer:',
  '  twitter: {id: 6750c3e1a2b3c4d5e6f70809, status: scheduled}',
  '  linkedin: {id: 6750c3e1a2b3c4d5e6f7080a}',
  '  # a comment in the block',
  '# a comment',
  'due: 2027-01-04T09:00:00Z',
  'bad: : yaml',
  '  - stray',
  '',
);
const bodyText = fc.constantFrom('', 'Hello', 'Hello **world**', 'Hello **edited** world', '---', 'x\n---\ny', '  ');

/** A post file put together from parts, so that two of them often share a front matter or a body. */
const file = fc
  .record({
    bom: fc.boolean(),
    crlf: fc.boolean(),
    fence: fc.constantFrom('open-close', 'none', 'unclosed', 'close-at-end', 'close-with-spaces'),
    yaml: fc.array(yamlLine, { maxLength: 5 }),
    body: fc.array(bodyText, { maxLength: 3 }),
  })
  .map(({ bom, crlf, fence, yaml, body }) => {
    const eol = crlf ? '\r\n' : '\n';
    const yamlText = yaml.map((l) => l + eol).join('');
    const bodyPart = body.join(eol);
    const start = bom ? '\ufeff' : '';
    switch (fence) {
      case 'none':
        return start + yamlText + bodyPart;
      case 'unclosed':
        return `${start}---${eol}${yamlText}${bodyPart}`;
      case 'close-at-end':
        return `${start}---${eol}${yamlText}---`;
      case 'close-with-spaces':
        return `${start}---${eol}${yamlText}--- \t${eol}${bodyPart}`;
      default:
        return `${start}---${eol}${yamlText}---${eol}${bodyPart}`;
    }
  });

describe('sameOutsideBufferBlock', () => {
  it('answers what comparing both files with the block stripped answers', () => {
    fc.assert(
      fc.property(file, file, (a, b) => {
        expect(sameOutsideBufferBlock(a, b)).toBe(byStripping(a, b));
        expect(sameOutsideBufferBlock(b, a)).toBe(byStripping(b, a));
      }),
      { numRuns: 3000 },
    );
  });

  it('answers the same for a file and its edits: body, block, other keys, appended text', () => {
    fc.assert(
      fc.property(file, bodyText, yamlLine, (a, text, line) => {
        const edits = [
          a,
          a + text,
          a.replace('Hello', 'Hello again'),
          a.replace('6750c3e1a2b3c4d5e6f70809', '6750c3e1a2b3c4d5e6f7080b'),
          a.replace('status: scheduled', 'status: sent'),
          a.replace('channel: twitter', line),
          a.replace(/\n/, `\n${line}\n`),
        ];
        for (const b of edits) expect(sameOutsideBufferBlock(a, b)).toBe(byStripping(a, b));
      }),
      { numRuns: 2000 },
    );
  });

  it('tells a text edit from a write-back of the block', () => {
    const before = '---\nchannel: twitter\n---\nHello **world**\n';
    const written =
      '---\nchannel: twitter\nbuffer:\n  twitter: {id: 6750c3e1a2b3c4d5e6f70809, status: scheduled}\n---\nHello **world**\n';
    const edited = written.replace('world', 'edited world');
    expect(sameOutsideBufferBlock(before, written)).toBe(true);
    expect(sameOutsideBufferBlock(written, edited)).toBe(false);
    expect(sameOutsideBufferBlock(before, edited)).toBe(false);
  });
});
