/**
 * YAML mistakes as one plain message per problem, with the fix (issue 13):
 * not the `yaml` library's wording (`Nested mappings are not allowed in
 * compact mappings`), not several messages for one mistake, and at the line
 * the mistake is on rather than where the parser gave up.
 */
import { LineCounter, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseIdeaFile } from '../../src/posts/idea.js';
import type { Finding } from '../../src/posts/model.js';
import { parsePostFile } from '../../src/posts/parse.js';
import { plainYamlProblems } from '../../src/posts/yaml-errors.js';

const LIBRARY_WORDS = /compact mappings|implicit|flow-seq|block collection|node end|Missing closing/i;

function post(frontMatter: string): Finding[] {
  return parsePostFile('posts/a.md', `---\n${frontMatter}\n---\nHello\n`).findings;
}

/** The findings as [line, column, code, message]. */
function brief(findings: Finding[]): [number, number, string, string][] {
  return findings.map((f) => [f.line, f.column, f.code, f.message]);
}

describe('YAML errors in front-matter', () => {
  it('a value containing `: ` is one error that says to quote it, with the quoted line', () => {
    const idea = parseIdeaFile('ideas/launch.md', '---\ntitle: Launch: day one\nservices: [twitter]\n---\nSoon.\n');
    // One message: no "`title` must be text; found a mapping" echo of the parser's guess.
    expect(brief(idea.findings)).toEqual([
      [
        2,
        8,
        'yaml-syntax',
        'The value of `title` contains `: `, which YAML reads as the start of another key; put the value in quotes: title: "Launch: day one"',
      ],
    ]);
  });

  it('inside a flow mapping too, and the guessed metadata value is not reported again', () => {
    expect(brief(post('channel: youtube\nmetadata:\n  youtube: {title: Launch: day one, categoryId: "22"}'))).toEqual([
      [
        4,
        20,
        'yaml-syntax',
        'The value of `title` contains `: `, which YAML reads as the start of another key; put the value in quotes: title: "Launch: day one"',
      ],
    ]);
  });

  it('a value with a double quote is quoted with single quotes; `channels` gets the list it meant', () => {
    expect(post('channel: twitter\nmode: say "hi": now')[0]!.message).toMatch(
      /put the value in quotes: mode: 'say "hi": now'$/,
    );
    expect(post('channels: twitter, linkedin: Acme')[0]!.message).toBe(
      '`channels` takes a list, and YAML reads the `: ` in this value as the start of another key; write a list: channels: [twitter, "linkedin: Acme"]',
    );
  });

  it('several library errors on one line are one message', () => {
    const findings = post('channel: twitter\nmode: a: b: c');
    expect(brief(findings)).toEqual([
      [
        3,
        7,
        'yaml-syntax',
        'The value of `mode` contains `: `, which YAML reads as the start of another key; put the value in quotes: mode: "a: b: c"',
      ],
    ]);
  });

  it('an unclosed quote or bracket is reported where it opens', () => {
    expect(brief(post('channel: "twitter\nmode: shareNow'))).toEqual([
      [
        2,
        10,
        'yaml-syntax',
        'This value opens a double quote (`"`) that is never closed; end the value with `"` on the same line.',
      ],
    ]);
    // A doubled '' and a # inside quotes are text, not the place the quote opens.
    expect(post("channel: twitter\nmode: 'it''s: here # or not").map((f) => [f.line, f.column, f.code])).toEqual([
      [3, 7, 'yaml-syntax'],
    ]);
    expect(post('channel: twitter\nmode: "Issue #1\nx: y').map((f) => [f.line, f.column, f.code])).toEqual([
      [3, 7, 'yaml-syntax'],
    ]);
    expect(brief(post('channels: [twitter, linkedin\nmode: shareNow'))).toEqual([
      [
        2,
        11,
        'yaml-syntax',
        'This list opens with `[` but never closes; end it with `]` on the same line, e.g. `channels: [twitter, linkedin]`.',
      ],
    ]);
    expect(brief(post('channel: twitter\nassets: {images: [{url: https://example.com/a.png}}'))).toEqual([
      [
        3,
        51,
        'yaml-syntax',
        'This `}` comes before the list opened with `[` at column 18 is closed; close it with `]` first.',
      ],
    ]);
    expect(
      post('channel: twitter\nassets:\n  link: {url: https://example.com/a\nmode: shareNow').map((f) => [
        f.line,
        f.column,
        f.message.slice(0, 42),
      ]),
    ).toEqual([[4, 9, 'This mapping opens with `{` but never clos']]);
  });

  it('a line indented under a key that has a value is reported at that line, naming the key and its file line', () => {
    expect(brief(post('channel: twitter\n  mode: shareNow'))).toEqual([
      [
        3,
        3,
        'yaml-syntax',
        'This line is indented more than `channel` on line 2, which already has a value, so YAML cannot place it; start it at the beginning of the line, like `channel`.',
      ],
    ]);
  });

  it('a misplaced list item, a missing colon, an extra bracket, a reserved first character, text after a quote', () => {
    expect(post('channels:\n  - twitter\n - linkedin').map((f) => [f.line, f.message])).toEqual([
      [
        4,
        '`- linkedin` is a list item where a `key: value` line is expected; put it under the key it belongs to, indented like the items above it (e.g. `channels:` then `  - twitter`), or remove it.',
      ],
    ]);
    expect(post('channel twitter').map((f) => [f.code, f.message])).toEqual([
      [
        'frontmatter-not-mapping',
        'The front-matter must be `key: value` lines (a mapping); found the text "channel twitter". `channel twitter` is not a `key: value` line; write a colon and a space after the key (`channel: twitter`), or remove the line.',
      ],
    ]);
    expect(brief(post('channels: [twitter]]'))).toEqual([
      [2, 20, 'yaml-syntax', 'An extra `]` here has no `[` to close; remove it.'],
    ]);
    expect(brief(post('channel: twitter\nmode: @now'))).toEqual([
      [3, 7, 'yaml-syntax', 'A YAML value cannot start with `@`; put the value in quotes: mode: "@now"'],
    ]);
    expect(brief(post('channel: "twitter" x'))).toEqual([
      [2, 20, 'yaml-syntax', 'Text follows the closing quote of this value; put the whole value inside the quotes.'],
    ]);
  });

  it('never passes on the library wording for the mistakes it knows', () => {
    const files = [
      'title: Launch: day one',
      'channel: "twitter\nmode: x',
      'channels: [a, b\nmode: x',
      'channel: twitter\n  mode: x',
      'channels:\n  - a\n - b',
      'channel: "t" x',
      'a: [1]]',
    ];
    for (const text of files) {
      for (const f of post(text)) expect(f.message, text).not.toMatch(LIBRARY_WORDS);
    }
  });

  it('what it does not recognise keeps the library wording, once per line, at the line', () => {
    const text = 'a: 1\nb: !!int x\n';
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, prettyErrors: false, schema: 'core' });
    const problems = plainYamlProblems(text, doc.errors, doc.warnings, lineCounter, 5);
    expect(problems.length).toBeGreaterThan(0);
    expect(new Set(problems.map((p) => p.line)).size).toBe(problems.length);
    expect(problems.every((p) => p.line === 2)).toBe(true);
  });
});
