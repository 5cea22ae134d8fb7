import { describe, expect, it } from 'vitest';
import { parsePostFile } from '../../src/posts/parse.js';
import type { TrackedPost } from '../../src/posts/model.js';
import { readBufferBlock, setBufferBlock, stripBufferBlock } from '../../src/writeback/buffer-block.js';

const crlf = (text: string) => text.replace(/\n/g, '\r\n');

/** Files users write, with every feature the write-back must leave alone. */
const FIXTURES: Record<string, string> = {
  minimal: '---\nchannel: twitter\n---\nHello\n',
  'comments and quoting':
    '---\n# leading comment\nchannels: [\'twitter\', "linkedin:Acme Inc"]  # trailing\nmode:   shareNext\n\n# spaced comment\ndraft: false\n---\nBody *text*\n',
  anchors: '---\nchannels: &c [twitter]\nmetadata:\n  twitter: &m {isAiGenerated: false}\n  mastodon: *m\n---\nHi\n',
  crlf: crlf('---\nchannel: twitter # c\nmode: shareNow\n---\nLine one\n\nLine two\n'),
  bom: '\ufeff---\nchannel: twitter\n---\nHi\n',
  'bom and crlf': crlf('\ufeff---\nchannel: twitter\n---\nHi\n'),
  'no trailing newline': '---\nchannel: twitter\n---\nHi',
  'closing delimiter at end of file': '---\nchannel: twitter\n---',
  'buffer first': '---\nbuffer:\n  twitter: {id: old1, status: scheduled}\nchannel: twitter\n---\nHi\n',
  'buffer middle': '---\nchannel: twitter\nbuffer:\n  twitter: {id: old1}\nmode: shareNext\n---\nHi\n',
  'buffer last': '---\nchannel: twitter\nbuffer:\n  twitter: {id: old1}\n---\nHi\n',
  'buffer empty value': '---\nchannel: twitter\nbuffer:\nmode: shareNext\n---\nHi\n',
  'buffer with comments inside':
    '---\nchannel: twitter\nbuffer:   # written by the action\n  # inside comment\n  twitter: {id: old1}  # tail\n\n  linkedin:\n    id: old2  # nested\n    status: sent\n  # trailing indented comment\n# top-level comment for mode\nmode: shareNext\n---\nHi\n',
  'nested keys named buffer':
    '---\nchannel: twitter\nmetadata:\n  twitter:\n    buffer: keep-me\nassets:\n  link: {url: "https://x", buffer: 1}\n---\nbuffer: in the body\n',
  'quoted buffer key': '---\nchannel: twitter\n"buffer": {twitter: {id: old1}}\n---\nHi\n',
  'body with a thematic break': '---\nchannel: twitter\n---\nOne\n\n---\n\nTwo\n',
  'empty front-matter': '---\n---\nHi\n',
  'comment-only front-matter': '---\n# just a note\n---\nHi\n',
  'no front-matter': 'Just a body\n',
  'no front-matter crlf': crlf('Just a body\nline\n'),
  'empty file': '',
};

const BLOCKS: Record<string, Record<string, TrackedPost> | undefined> = {
  none: undefined,
  empty: {},
  one: { twitter: { id: '6750c3a1b2', status: 'scheduled', dueAt: '2026-12-01T08:00:00.000Z' } },
  tricky: {
    'linkedin:Acme Inc': {
      id: '12345',
      status: 'sent',
      sentAt: '2026-12-01T08:00:05.000Z',
      link: 'https://www.linkedin.com/feed/update/urn:li:share:1?a=b#c',
    },
    '6750c3e10': {
      id: '1e10',
      status: 'error',
      error: 'Quote " backslash \\ colon: hash # newline\nand tab\t',
      retries: 2,
      flag: true,
      note: null,
    },
    true: { id: 'yes', status: 'null', dueAt: '2026-12-01' },
    'ünïcödé 🚀': { id: '-1', status: '', extra: { nested: ['a', 'b: c'] } },
  },
};

describe('setBufferBlock on every fixture', () => {
  for (const [fixtureName, before] of Object.entries(FIXTURES)) {
    for (const [blockName, block] of Object.entries(BLOCKS)) {
      it(`${fixtureName} × ${blockName}`, () => {
        const after = setBufferBlock(before, block);
        // Nothing but the buffer: block differs.
        expect(stripBufferBlock(after)).toBe(stripBufferBlock(before));
        // What was written reads back exactly.
        const expected = block ?? {};
        expect(readBufferBlock(after)).toEqual(expected);
        if (after.startsWith('\ufeff---') || after.startsWith('---')) {
          const post = parsePostFile('posts/x.md', after, {});
          expect(post.tracked).toEqual(expected);
          expect(post.findings.filter((f) => f.code === 'yaml-syntax' || f.code === 'invalid-buffer-block')).toEqual(
            [],
          );
          expect(post.body).toBe(parsePostFile('posts/x.md', before, {}).body);
        }
        // Idempotent: writing the same block again changes nothing.
        expect(setBufferBlock(after, block)).toBe(after);
        // Line endings: a CRLF file gets no bare LF.
        if (before.includes('\r\n')) expect(after.replace(/\r\n/g, '')).not.toContain('\n');
        // A BOM stays first.
        expect(after.startsWith('\ufeff')).toBe(before.startsWith('\ufeff'));
      });
    }
  }
});

describe('setBufferBlock: exact output', () => {
  const block = { twitter: { status: 'scheduled', id: 'p1', dueAt: '2026-12-01T08:00:00.000Z' } as TrackedPost };

  it('appends at the end of the front-matter, keys in a stable order, dates quoted', () => {
    expect(setBufferBlock('---\nchannel: twitter # hi\n---\nBody\n', block)).toBe(
      '---\nchannel: twitter # hi\nbuffer:\n  twitter: {id: p1, status: scheduled, dueAt: "2026-12-01T08:00:00.000Z"}\n---\nBody\n',
    );
  });

  it('replaces only the block, keeping comments at column 0 with the next key', () => {
    const raw = '---\nbuffer:\n  twitter: {id: old}\n  # indented note\n# about mode\nmode: shareNext\n---\nBody';
    expect(setBufferBlock(raw, { 'linkedin:Acme Inc': { id: 'n1', status: 'sent', link: 'https://x.io/p' } })).toBe(
      '---\nbuffer:\n  "linkedin:Acme Inc": {id: n1, status: sent, link: "https://x.io/p"}\n# about mode\nmode: shareNext\n---\nBody',
    );
  });

  it('uses CRLF in a CRLF file and keeps the BOM', () => {
    expect(setBufferBlock('\ufeff---\r\nchannel: twitter\r\n---\r\nHi', { twitter: { id: 'a' } })).toBe(
      '\ufeff---\r\nchannel: twitter\r\nbuffer:\r\n  twitter: {id: a}\r\n---\r\nHi',
    );
  });

  it('creates a front-matter for a file without one', () => {
    expect(setBufferBlock('Hello\n', { idea: { id: 'i1' } })).toBe('---\nbuffer:\n  idea: {id: i1}\n---\nHello\n');
  });

  it('removes the block when given undefined or an empty block', () => {
    const raw = '---\nchannel: twitter\nbuffer:\n  twitter: {id: a}\nmode: shareNow\n---\nHi\n';
    expect(setBufferBlock(raw, undefined)).toBe('---\nchannel: twitter\nmode: shareNow\n---\nHi\n');
    expect(setBufferBlock(raw, {})).toBe('---\nchannel: twitter\nmode: shareNow\n---\nHi\n');
  });

  it('never touches nested keys named buffer or the body', () => {
    const raw = FIXTURES['nested keys named buffer']!;
    const after = setBufferBlock(raw, { twitter: { id: 'z' } });
    expect(after).toBe(
      raw.replace('---\nbuffer: in the body', 'buffer:\n  twitter: {id: z}\n---\nbuffer: in the body'),
    );
  });

  it('collapses duplicate buffer keys into one', () => {
    const raw = '---\nbuffer: {a: {id: "1"}}\nchannel: twitter\nbuffer: {b: {id: "2"}}\n---\nHi\n';
    expect(setBufferBlock(raw, { c: { id: '3' } })).toBe('---\nbuffer:\n  c: {id: "3"}\nchannel: twitter\n---\nHi\n');
  });

  it('quotes strings YAML would read as something else', () => {
    const after = setBufferBlock('---\nchannel: x\n---\n', {
      x: { id: '0x1F', status: 'on', link: '~', error: '123', other: '1.5e3' },
    });
    expect(after).toContain('{id: "0x1F", status: "on", link: "~", error: "123", other: "1.5e3"}');
  });

  it('refuses a front-matter it cannot edit safely', () => {
    expect(() => setBufferBlock('---\nchannel: [x\n---\nHi\n', { x: { id: '1' } })).toThrow(/not valid YAML/);
    expect(() => setBufferBlock('---\nchannel: x\n', { x: { id: '1' } })).toThrow(/never closed/);
    expect(() => setBufferBlock('---\n{channel: x}\n---\n', { x: { id: '1' } })).toThrow(/block mapping/);
  });
});

describe('stripBufferBlock', () => {
  it('removes the block and nothing else', () => {
    expect(stripBufferBlock('---\nchannel: a\nbuffer:\n  a: {id: "1"}\n  # c\n---\nHi\n')).toBe(
      '---\nchannel: a\n---\nHi\n',
    );
  });
  it('a buffer-only change compares equal; any other change does not', () => {
    const before = '---\nchannel: a # c\nbuffer:\n  a: {id: "1", status: scheduled}\n---\nHi\n';
    const statusOnly = before.replace('scheduled', 'sent');
    const textEdit = before.replace('Hi', 'Hi!');
    expect(stripBufferBlock(statusOnly)).toBe(stripBufferBlock(before));
    expect(stripBufferBlock(textEdit)).not.toBe(stripBufferBlock(before));
  });
  it('leaves unreadable files as they are', () => {
    const raw = '---\nbuffer: [oops\n---\nHi\n';
    expect(stripBufferBlock(raw)).toBe(raw);
  });
});
