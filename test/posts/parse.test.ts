import { describe, expect, it } from 'vitest';
import { parsePostFile } from '../../src/posts/parse.js';
import type { Finding, PostFile } from '../../src/posts/model.js';

/** A post file from front-matter lines and a body. */
function file(frontMatter: string[], body = 'Hello world\n'): string {
  return `---\n${frontMatter.join('\n')}\n---\n${body}`;
}

function parse(raw: string, timezone?: string): PostFile {
  return parsePostFile('posts/a.md', raw, timezone ? { timezone } : {});
}

function only(post: PostFile, code: string): Finding {
  const matches = post.findings.filter((f) => f.code === code);
  expect(matches, JSON.stringify(post.findings)).toHaveLength(1);
  return matches[0]!;
}

function codes(post: PostFile): string[] {
  return post.findings.map((f) => f.code);
}

describe('parsePostFile: a valid file', () => {
  it('reads every key of the SPEC example', () => {
    const raw = file([
      'channels: [twitter, "linkedin:Acme Inc"]   # comment',
      'mode: customScheduled',
      'dueAt: 2026-12-01T09:00:00+01:00',
      'schedulingType: notification',
      'draft: true',
      'metadata:',
      '  instagram: {type: post, shouldShareToFeed: true}',
      '  pinterest: {boardServiceId: "123"}',
    ]);
    const post = parse(raw);
    expect(post.findings).toEqual([]);
    expect(post.channels).toEqual([
      { ref: 'twitter', position: { line: 2, column: 12 } },
      { ref: 'linkedin:Acme Inc', position: { line: 2, column: 21 } },
    ]);
    expect(post.mode).toBe('customScheduled');
    expect(post.dueAt).toEqual({
      raw: '2026-12-01T09:00:00+01:00',
      iso: '2026-12-01T08:00:00.000Z',
      position: { line: 4, column: 8 },
    });
    expect(post.schedulingType).toBe('notification');
    expect(post.draft).toBe(true);
    expect(post.metadata).toEqual({
      instagram: { type: 'post', shouldShareToFeed: true },
      pinterest: { boardServiceId: '123' },
    });
    expect(post.body).toBe('Hello world\n');
    expect(post.bodyLine).toBe(11);
    expect(post.raw).toBe(raw);
    expect(post.tracked).toEqual({});
  });

  it('applies defaults', () => {
    const post = parse(file(['channel: twitter']));
    expect(post.findings).toEqual([]);
    expect(post).toMatchObject({ mode: 'addToQueue', schedulingType: 'automatic', draft: false, assets: [] });
    expect(post.metadata).toBeUndefined();
    expect(post.dueAt).toBeUndefined();
    expect(post.channels.map((c) => c.ref)).toEqual(['twitter']);
  });

  it('keeps a numeric-looking channel ID as the text written', () => {
    const post = parse(file(['channels: [6750123e10, 0x1F, "00123"]']));
    expect(post.channels.map((c) => c.ref)).toEqual(['6750123e10', '0x1F', '00123']);
  });

  it('handles a BOM and CRLF line endings with the same positions', () => {
    const raw = '\ufeff---\r\nchannel: twitter\r\nmode: nope\r\n---\r\nHi\r\n';
    const post = parse(raw);
    expect(post.channels[0]).toEqual({ ref: 'twitter', position: { line: 2, column: 10 } });
    expect(only(post, 'invalid-mode')).toMatchObject({ line: 3, column: 7, severity: 'error' });
    expect(post.bodyLine).toBe(5);
    expect(post.items[0]?.markdown).toBe('Hi');
  });

  it('reads the buffer: block into tracked', () => {
    const post = parse(
      file([
        'channel: twitter',
        'buffer:',
        '  twitter: {id: 6750c3e10, status: scheduled, dueAt: "2026-12-01T08:00:00.000Z"}',
        '  "linkedin:Acme Inc": {id: "abc", status: sent, link: "https://x"}',
      ]),
    );
    expect(post.findings).toEqual([]);
    expect(post.tracked).toEqual({
      twitter: { id: '6750c3e10', status: 'scheduled', dueAt: '2026-12-01T08:00:00.000Z' },
      'linkedin:Acme Inc': { id: 'abc', status: 'sent', link: 'https://x' },
    });
  });

  it('reports a tracked entry without an id', () => {
    const post = parse(file(['channel: twitter', 'buffer:', '  twitter: {status: sent}']));
    expect(only(post, 'invalid-buffer-block')).toMatchObject({ line: 4, column: 3, severity: 'error' });
    expect(post.tracked).toEqual({});
  });
});

describe('parsePostFile: file structure problems', () => {
  it('a file without front-matter', () => {
    const post = parse('Just text\n');
    expect(only(post, 'missing-frontmatter')).toMatchObject({ line: 1, column: 1, severity: 'error' });
    expect(post.body).toBe('Just text\n');
    expect(post.items.map((i) => i.markdown)).toEqual(['Just text']);
  });

  it('an unclosed front-matter', () => {
    const post = parse('---\nchannel: twitter\nHello\n');
    expect(codes(post)).toEqual(['frontmatter-unclosed']);
  });

  it('a YAML syntax error at its line and column', () => {
    const post = parse(file(['channel: twitter', 'mode: [addToQueue', 'draft: false']));
    const error = post.findings.find((f) => f.code === 'yaml-syntax');
    expect(error).toBeDefined();
    expect(error!.severity).toBe('error');
    expect(error!.line).toBeGreaterThanOrEqual(3);
    expect(error!.line).toBeLessThanOrEqual(4);
  });

  it('tabs used for indentation', () => {
    const post = parse(file(['channel: twitter', 'metadata:', '\ttwitter: {}']));
    const error = post.findings.find((f) => f.code === 'yaml-syntax');
    expect(error).toMatchObject({ line: 4, severity: 'error' });
    expect(error!.message).toMatch(/spaces/);
  });

  it('duplicate keys', () => {
    const post = parse(file(['channel: twitter', 'mode: shareNext', 'mode: shareNow']));
    expect(only(post, 'duplicate-key')).toMatchObject({ line: 4, column: 1 });
    expect(only(post, 'duplicate-key').message).toContain('`mode`');
    expect(post.mode).toBe('shareNext');
  });

  it('a front-matter that is not a mapping', () => {
    const post = parse(file(['- twitter']));
    expect(only(post, 'frontmatter-not-mapping')).toMatchObject({ line: 2, column: 1 });
  });

  it('NUL bytes', () => {
    const post = parse(file(['channel: twitter'], 'Hel\0lo\n'));
    expect(only(post, 'nul-byte')).toMatchObject({ line: 4, column: 4, severity: 'error' });
  });

  it('an empty body with no assets is an error; with assets it is fine', () => {
    expect(only(parse(file(['channel: twitter'], '')), 'empty-post')).toMatchObject({ line: 4 });
    expect(only(parse('---\nchannel: twitter\n---'), 'empty-post').severity).toBe('error');
    const withImage = parse(file(['channel: instagram', 'assets: [{image: {url: "https://x/a.png"}}]'], '\n'));
    expect(codes(withImage)).toEqual([]);
    expect(withImage.items).toHaveLength(1);
    expect(withImage.items[0]?.markdown).toBe('');
  });

  it('an empty front-matter reports the missing channel', () => {
    expect(only(parse('---\n---\nHi\n'), 'missing-channels')).toMatchObject({ line: 1, column: 1 });
  });

  it('unknown keys, suggesting the nearest', () => {
    const post = parse(file(['chanels: [twitter]', 'due_at: 2026-01-01T00:00:00Z', 'colour: red']));
    const unknown = post.findings.filter((f) => f.code === 'unknown-key');
    expect(unknown.map((f) => [f.line, f.column])).toEqual([
      [2, 1],
      [3, 1],
      [4, 1],
    ]);
    expect(unknown[0]!.message).toContain('Did you mean `channels`?');
    expect(unknown[1]!.message).toContain('Did you mean `dueAt`?');
    expect(unknown[2]!.message).not.toContain('Did you mean');
    expect(unknown[2]!.message).toContain('channel, channels, mode, dueAt');
  });
});

describe('parsePostFile: channels', () => {
  it('channel and channels together', () => {
    expect(only(parse(file(['channel: twitter', 'channels: [linkedin]'])), 'channel-and-channels')).toMatchObject({
      line: 3,
      column: 1,
    });
  });
  it('missing channels', () => {
    expect(only(parse(file(['mode: shareNow'])), 'missing-channels').severity).toBe('error');
  });
  it('wrong types', () => {
    expect(only(parse(file(['channel: [a, b]'])), 'wrong-type')).toMatchObject({ line: 2, column: 10 });
    expect(only(parse(file(['channels: twitter'])), 'wrong-type')).toMatchObject({ line: 2, column: 11 });
    expect(only(parse(file(['channels: [twitter, {a: 1}]'])), 'wrong-type')).toMatchObject({ line: 2, column: 21 });
    expect(codes(parse(file(['channels: [twitter, {a: 1}]'])))).not.toContain('missing-channels');
  });
  it('duplicates are warned and kept once', () => {
    const post = parse(file(['channels: [twitter, twitter]']));
    expect(only(post, 'duplicate-channel').severity).toBe('warning');
    expect(post.channels).toHaveLength(1);
  });
  it('startpage → startPage with a notice', () => {
    const post = parse(file(['channels: [startpage, "startpage:My Page"]']));
    expect(post.channels.map((c) => c.ref)).toEqual(['startPage', 'startPage:My Page']);
    expect(post.findings.every((f) => f.code === 'seed-spelling' && f.severity === 'notice')).toBe(true);
    expect(post.findings).toHaveLength(2);
  });
  it('follows aliases', () => {
    const post = parse(file(['channels: [&t twitter, linkedin]', 'channel: *t']));
    expect(only(post, 'channel-and-channels')).toBeDefined();
  });

  it('a misspelt service is an error offline, at its line, with a did-you-mean', () => {
    const post = parse(file(['channels: [twiter, linkdin, "mastadon:Acme Social"]']));
    const unknown = post.findings.filter((f) => f.code === 'unknown-service');
    expect(unknown.map((f) => [f.severity, f.line, f.column])).toEqual([
      ['error', 2, 12],
      ['error', 2, 20],
      ['error', 2, 29],
    ]);
    expect(unknown[0]!.message).toMatch(
      /^Unknown service `twiter`\. Did you mean `twitter`\? Buffer's services: bluesky, /,
    );
    expect(unknown[1]!.message).toContain('Did you mean `linkedin`?');
    expect(unknown[2]!.message).toMatch(
      /^Unknown service `mastadon` in `mastadon:Acme Social`\. Did you mean `mastodon:Acme Social`\?/,
    );
    // Not channels the post could go to; the file's error already says what to fix, so no "no channel" on top.
    expect(post.channels).toEqual([]);
    expect(codes(post)).not.toContain('missing-channels');
  });
  it('a service:name form names its service, so an unknown one is an error even without a near name', () => {
    expect(only(parse(file(['channel: "myspace:Acme"'])), 'unknown-service').message).toMatch(
      /^Unknown service `myspace` in `myspace:Acme`\. Buffer's services:/,
    );
  });
  it('service names in any case, aliases and channel IDs are not errors offline', () => {
    const post = parse(file(['channels: [Twitter, x, gbp, 65f0c0de0003000000000001, c-tw, "LinkedIn:Acme Inc"]']));
    expect(post.findings).toEqual([]);
    expect(post.channels.map((c) => c.ref)).toEqual([
      'Twitter',
      'x',
      'gbp',
      '65f0c0de0003000000000001',
      'c-tw',
      'LinkedIn:Acme Inc',
    ]);
  });
});

describe('parsePostFile: mode, dueAt, schedulingType, draft', () => {
  it('customSchedule is accepted as customScheduled with a notice', () => {
    const post = parse(file(['channel: twitter', 'mode: customSchedule', 'dueAt: 2026-12-01T09:00:00Z']));
    expect(post.mode).toBe('customScheduled');
    expect(only(post, 'seed-spelling')).toMatchObject({ severity: 'notice', line: 3, column: 7 });
    expect(only(post, 'seed-spelling').message).toContain('customScheduled');
  });
  it('an unknown mode suggests the nearest', () => {
    const finding = only(parse(file(['channel: twitter', 'mode: shareNxt'])), 'invalid-mode');
    expect(finding.message).toContain('`shareNext`');
  });
  it('customScheduled without dueAt', () => {
    expect(only(parse(file(['channel: twitter', 'mode: customScheduled'])), 'missing-due-at')).toMatchObject({
      line: 3,
      column: 7,
    });
  });
  it('dueAt is read as written, not converted by YAML', () => {
    const post = parse(file(['channel: twitter', 'mode: customScheduled', 'dueAt: 2026-12-01T09:00:00+01:00']));
    expect(post.dueAt?.raw).toBe('2026-12-01T09:00:00+01:00');
    expect(post.dueAt?.iso).toBe('2026-12-01T08:00:00.000Z');
  });
  it('dueAt quoted, with fractions and a compact offset', () => {
    const post = parse(file(['channel: twitter', 'mode: customScheduled', "dueAt: '2026-12-01 09:00:00.5-0530'"]));
    expect(post.dueAt).toMatchObject({ raw: '2026-12-01 09:00:00.5-0530', iso: '2026-12-01T14:30:00.500Z' });
  });
  it('dueAt without offset uses the timezone', () => {
    const post = parse(file(['channel: twitter', 'mode: customScheduled', 'dueAt: 2026-07-01T09:00']), 'Europe/Berlin');
    expect(post.findings).toEqual([]);
    expect(post.dueAt?.iso).toBe('2026-07-01T07:00:00.000Z');
  });
  it('dueAt without offset and no timezone is an error that says what to do', () => {
    const finding = only(
      parse(file(['channel: twitter', 'mode: customScheduled', 'dueAt: 2026-07-01T09:00'])),
      'due-at-no-timezone',
    );
    expect(finding).toMatchObject({ line: 4, column: 8, severity: 'error' });
    expect(finding.message).toMatch(/offset/);
    expect(finding.message).toMatch(/timezone/);
  });
  it('an unknown time zone', () => {
    const post = parse(file(['channel: twitter', 'mode: customScheduled', 'dueAt: 2026-07-01T09:00']), 'Mars/Olympus');
    expect(only(post, 'invalid-timezone').severity).toBe('error');
  });
  it.each([
    ['2026-13-01T09:00:00Z'],
    ['2026-02-30T09:00:00Z'],
    ['2026-12-01T24:00:00Z'],
    ['2026-12-01'],
    ['tomorrow'],
    ['2026-12-01T09:00:00+25:00'],
  ])('invalid dueAt %s', (dueAt) => {
    const post = parse(file(['channel: twitter', 'mode: customScheduled', `dueAt: "${dueAt}"`]));
    expect(only(post, 'invalid-due-at')).toMatchObject({ line: 4, column: 8, severity: 'error' });
    expect(post.dueAt).toEqual({ raw: dueAt, position: { line: 4, column: 8 } });
  });
  it('dueAt of the wrong type', () => {
    const post = parse(file(['channel: twitter', 'mode: customScheduled', 'dueAt: [1]']));
    expect(codes(post)).toEqual(['wrong-type']);
  });
  it('a dueAt without mode means customScheduled: the user meant that date', () => {
    const post = parse(file(['channel: twitter', 'dueAt: 2026-12-01T09:00:00Z']));
    expect(post.findings).toEqual([]);
    expect(post.mode).toBe('customScheduled');
    expect(post.dueAt?.iso).toBe('2026-12-01T09:00:00.000Z');
  });
  it.each(['addToQueue', 'shareNext', 'shareNow'])(
    'mode: %s with a dueAt is an error at the mode line: the file contradicts itself',
    (mode) => {
      const post = parse(file(['channel: twitter', `mode: ${mode}`, 'dueAt: 2026-12-01T09:00:00Z']));
      const finding = only(post, 'due-at-mode-conflict');
      expect(finding).toMatchObject({ line: 3, column: 7, severity: 'error' });
      expect(finding.message).toContain('The file contradicts itself');
      expect(finding.message).toContain(`\`mode: ${mode}\``);
      expect(finding.message).toContain('Remove `mode`');
      expect(finding.message).toContain('or remove `dueAt`');
      expect(post.mode).toBe(mode);
    },
  );
  it('an unknown mode beside a dueAt is reported once, as the unknown mode', () => {
    expect(codes(parse(file(['channel: twitter', 'mode: later', 'dueAt: 2026-12-01T09:00:00Z'])))).toEqual([
      'invalid-mode',
    ]);
  });
  it('schedulingType values', () => {
    expect(only(parse(file(['channel: twitter', 'schedulingType: notify'])), 'invalid-scheduling-type')).toMatchObject({
      line: 3,
      column: 17,
    });
  });
  it('draft must be a boolean', () => {
    expect(only(parse(file(['channel: twitter', 'draft: yes'])), 'wrong-type')).toMatchObject({ line: 3, column: 8 });
    expect(parse(file(['channel: twitter', 'draft: false'])).draft).toBe(false);
  });
});

describe('parsePostFile: assets', () => {
  it('converts the seed object form to the wire list', () => {
    const post = parse(
      file([
        'channel: linkedin',
        'assets:',
        '  images:    [{url: https://example.com/a.png, alt: "A chart"}, https://example.com/b.png]',
        '  videos:    [{url: https://example.com/v.mp4, title: "Demo"}]',
        '  documents: [{url: https://example.com/deck.pdf, title: Deck, thumbnail: https://example.com/deck.png}]',
        '  link:      {url: https://example.com/blog, title: Blog}',
      ]),
    );
    expect(post.findings).toEqual([]);
    expect(post.assets).toEqual([
      { image: { url: 'https://example.com/a.png', metadata: { altText: 'A chart' } } },
      { image: { url: 'https://example.com/b.png' } },
      { video: { url: 'https://example.com/v.mp4', metadata: { title: 'Demo' } } },
      {
        document: { url: 'https://example.com/deck.pdf', title: 'Deck', thumbnailUrl: 'https://example.com/deck.png' },
      },
      { link: { url: 'https://example.com/blog', title: 'Blog' } },
    ]);
  });
  it('accepts the wire list form', () => {
    const post = parse(
      file([
        'channel: linkedin',
        'assets:',
        '  - image: {url: "https://x/a.png", metadata: {altText: A}}',
        '  - video: {url: "https://x/v.mp4"}',
      ]),
    );
    expect(post.findings).toEqual([]);
    expect(post.assets).toEqual([
      { image: { url: 'https://x/a.png', metadata: { altText: 'A' } } },
      { video: { url: 'https://x/v.mp4' } },
    ]);
  });
  it('front-matter assets come before the first item’s body images', () => {
    const post = parse(
      file(
        ['channel: twitter', 'assets: {images: [https://x/fm.png]}'],
        'Hi ![b](https://x/body.png)\n\n---\n\nTwo ![c](https://x/two.png)\n',
      ),
    );
    expect(post.assets).toEqual([
      { image: { url: 'https://x/fm.png' } },
      { image: { url: 'https://x/body.png', metadata: { altText: 'b' } } },
    ]);
  });
  it('reports broken assets at their place', () => {
    const post = parse(
      file([
        'channel: linkedin',
        'assets:',
        '  - image: {alt: x}',
        '  - imgae: {url: "https://x"}',
        '  - {image: {url: "https://x"}, video: {url: "https://y"}}',
        '  - document: {url: "https://x/d.pdf"}',
      ]),
    );
    expect(post.findings.map((f) => [f.code, f.line])).toEqual([
      ['asset-missing-url', 4],
      ['invalid-asset', 5],
      ['invalid-asset', 6],
      ['asset-missing-field', 7],
      ['asset-missing-field', 7],
    ]);
    expect(post.findings[1]!.message).toContain('Did you mean');
    expect(post.findings.slice(3).map((f) => f.message)).toEqual([
      '`assets[4].document` needs `thumbnailUrl` (text); add it under `document:`.',
      '`assets[4].document` needs `title` (text); add it under `document:`.',
    ]);
    expect(post.assets).toEqual([]);
  });
  it('seed documents need a title and thumbnail; unknown seed keys are reported', () => {
    const post = parse(
      file(['channel: linkedin', 'assets:', '  documents: [{url: "https://x/d.pdf"}]', '  image: [https://x/a.png]']),
    );
    expect(post.findings.map((f) => [f.code, f.line, f.column])).toEqual([
      ['asset-missing-field', 4, 15],
      ['unknown-key', 5, 3],
    ]);
    expect(post.findings[1]!.message).toContain('Did you mean `images`?');
  });
  it('assets of the wrong type', () => {
    expect(only(parse(file(['channel: linkedin', 'assets: https://x/a.png'])), 'wrong-type')).toMatchObject({
      line: 3,
      column: 9,
    });
  });
});

describe('parsePostFile: metadata', () => {
  it('googlebusiness → google with a notice; unknown service keys are errors', () => {
    const post = parse(
      file([
        'channel: googlebusiness',
        'metadata:',
        '  googlebusiness: {type: whats_new}',
        '  twiter: {isAiGenerated: true}',
        '  startPage: {}',
      ]),
    );
    expect(post.metadata).toEqual({ google: { type: 'whats_new' } });
    expect(post.findings.map((f) => [f.code, f.severity, f.line])).toEqual([
      ['seed-spelling', 'notice', 4],
      ['unknown-metadata-key', 'error', 5],
      ['unknown-metadata-key', 'error', 6],
    ]);
    expect(post.findings[1]!.message).toContain('Did you mean `twitter`?');
  });
  it("values are typed by Buffer's schema: a YAML number where Buffer wants text is the text written", () => {
    const post = parse(
      file(['channel: youtube', 'metadata:', '  youtube: {title: 1.50, categoryId: 0028, madeForKids: false}']),
    );
    expect(post.findings).toEqual([]);
    expect(post.metadata).toEqual({ youtube: { title: '1.50', categoryId: '0028', madeForKids: false } });
  });
  it('an unknown metadata field or enum value is an error at its line with a did-you-mean', () => {
    const post = parse(
      file([
        'channel: youtube',
        'metadata:',
        '  youtube:',
        '    title: Demo',
        '    categoryID: 28',
        '    privacy: publik',
      ]),
    );
    expect(post.findings.map((f) => [f.code, f.severity, f.line, f.column])).toEqual([
      ['metadata-key-unknown', 'error', 6, 5],
      ['metadata-invalid', 'error', 7, 5],
    ]);
    expect(post.findings[0]!.message).toContain('Did you mean `categoryId`?');
    expect(post.findings[1]!.message).toContain('Did you mean `public`?');
  });
  it('wire-form assets are typed too; seed-form entries report unknown keys', () => {
    const wire = parse(
      file([
        'channel: linkedin',
        'assets:',
        '  - image: {url: "https://x/a.png", metadata: {altText: 2027}}',
        '  - video: {url: "https://x/v.mp4", metadata: {thumbnailOffset: "1500"}}',
      ]),
    );
    expect(wire.findings).toEqual([]);
    expect(wire.assets).toEqual([
      { image: { url: 'https://x/a.png', metadata: { altText: '2027' } } },
      { video: { url: 'https://x/v.mp4', metadata: { thumbnailOffset: 1500 } } },
    ]);
    const seed = parse(file(['channel: linkedin', 'assets:', '  images: [{url: "https://x/a.png", alt: 42, atl: x}]']));
    expect(seed.findings.map((f) => [f.code, f.line, f.column])).toEqual([['unknown-key', 4, 46]]);
    expect(seed.findings[0]!.message).toContain('Did you mean `alt`?');
    expect(seed.assets).toEqual([{ image: { url: 'https://x/a.png', metadata: { altText: '42' } } }]);
  });
  it('metadata values must be mappings', () => {
    expect(only(parse(file(['channel: twitter', 'metadata: {twitter: 3}'])), 'wrong-type')).toMatchObject({
      line: 3,
      column: 21,
    });
    expect(only(parse(file(['channel: twitter', 'metadata: [1]'])), 'wrong-type')).toMatchObject({
      line: 3,
      column: 11,
    });
  });
});

describe('parsePostFile: body and thread items', () => {
  it('splits at top-level thematic breaks, not at --- inside code', () => {
    const body = [
      'First *item*',
      '',
      '```',
      'code',
      '---',
      '```',
      '',
      '***',
      '',
      '- list',
      '',
      '___',
      '',
      'Third',
      '',
    ].join('\n');
    const post = parse(file(['channel: twitter'], body));
    expect(post.findings).toEqual([]);
    expect(post.items.map((i) => i.markdown)).toEqual(['First *item*\n\n```\ncode\n---\n```', '- list', 'Third']);
    expect(post.items.map((i) => i.position)).toEqual([
      { line: 4, column: 1 },
      { line: 13, column: 1 },
      { line: 17, column: 1 },
    ]);
  });
  it('a break at the start of the body is reported at that break', () => {
    const post = parse(file(['channel: twitter'], '\n---\n\nOne\n'));
    expect(post.items.map((i) => i.markdown)).toEqual(['One']);
    expect(post.findings.map((f) => [f.code, f.line])).toEqual([['empty-thread-item', 5]]);
  });
  it('a single item for a plain post', () => {
    const post = parse(file(['channel: twitter'], '\n\nHello\nworld\n'));
    expect(post.items).toEqual([{ markdown: 'Hello\nworld', assets: [], position: { line: 6, column: 1 } }]);
  });
  it('body images become assets per item; bad URLs are reported', () => {
    const body = '![a chart](https://x/a.png) text\n\n---\n\n![](./local.png) and ![x](http://x/b.png)\n';
    const post = parse(file(['channel: twitter'], body));
    expect(post.items[0]?.assets).toEqual([{ image: { url: 'https://x/a.png', metadata: { altText: 'a chart' } } }]);
    expect(post.items[1]?.assets).toEqual([
      { image: { url: './local.png' } },
      { image: { url: 'http://x/b.png', metadata: { altText: 'x' } } },
    ]);
    expect(post.findings.map((f) => [f.code, f.line, f.column])).toEqual([
      ['image-url-relative', 8, 1],
      ['image-url-not-https', 8, 22],
    ]);
  });
  it('warns about empty thread items and a --- that makes a heading', () => {
    const post = parse(file(['channel: twitter'], 'One\n\n---\n\n---\n\nTwo\n---\n'));
    expect(post.items.map((i) => i.markdown)).toEqual(['One', 'Two\n---']);
    expect(post.findings.map((f) => [f.code, f.line])).toEqual([
      ['empty-thread-item', 8],
      ['setext-heading', 11],
    ]);
  });
});
