/**
 * The cheap scan of unchanged post files must never disagree with the full
 * parser: whenever it answers, every channel is tracked by the full parse too,
 * with the same IDs. Where it is unsure it answers undefined (full parse).
 */
import { describe, expect, it } from 'vitest';
import { parsePostFile } from '../../src/posts/parse.js';
import { scanFrontMatter } from '../../src/posts/frontmatter.js';
import { locateYaml, scanFullyTracked } from '../../src/plan/tracked-scan.js';

const ID = '6750c3e1a2b3c4d5e6f70809';
const ID2 = '6750c3e1a2b3c4d5e6f7080a';
const body = 'Hello **world** and [a link](https://example.com).\n';

/** What collect needs from the full parse: all channels tracked → the IDs; else undefined. */
function fromFullParse(raw: string): string[] | undefined {
  const post = parsePostFile('posts/x.md', raw);
  if (post.channels.length === 0 || post.channels.some((c) => !post.tracked[c.ref]?.id)) return undefined;
  return Object.values(post.tracked)
    .map((t) => t.id)
    .sort();
}

function check(raw: string): string[] | undefined {
  const quick = scanFullyTracked(raw);
  if (quick) expect(quick.ids.slice().sort()).toEqual(fromFullParse(raw));
  return quick?.ids;
}

const fm = (yaml: string, text = body) => `---\n${yaml}---\n${text}`;

describe('scanFullyTracked', () => {
  it('reads the shapes the write-back produces', () => {
    expect(
      check(
        fm(`channel: twitter\nbuffer:\n  twitter: {id: ${ID}, status: scheduled, dueAt: "2026-11-29T09:00:00.000Z"}\n`),
      ),
    ).toEqual([ID]);
    expect(
      check(
        fm(
          `channels: [twitter, "linkedin:Acme Inc"]\nmode: customScheduled\ndueAt: 2027-03-02T09:00:00+01:00\nbuffer:\n  twitter: {id: ${ID}, status: sent, sentAt: "2027-03-02T08:00:00.000Z", link: "https://x.com/acme/status/1"}\n  "linkedin:Acme Inc": {id: ${ID2}, status: scheduled, dueAt: "2027-03-02T08:00:00.000Z"}\n`,
        ),
      )?.sort(),
    ).toEqual([ID, ID2].sort());
    expect(
      check(
        fm(
          `channels:\n  - twitter\n  - mastodon\ndraft: false\nschedulingType: automatic\nbuffer:\n  twitter: {id: ${ID}}\n  mastodon: {id: ${ID2}, status: draft}\n`,
        ),
      )?.sort(),
    ).toEqual([ID, ID2].sort());
    expect(
      check(`---\r\nchannel: twitter\r\nbuffer:\r\n  twitter: {id: ${ID}, status: scheduled}\r\n---\r\nCRLF body\r\n`),
    ).toEqual([ID]);
    expect(check(`\ufeff---\nchannel: twitter\nbuffer:\n  twitter: {id: ${ID}}\n---\nBOM\n`)).toEqual([ID]);
    // An entry for a channel no longer listed still counts as tracked.
    expect(check(fm(`channel: twitter\nbuffer:\n  twitter: {id: ${ID}}\n  linkedin: {id: ${ID2}}\n`))?.sort()).toEqual(
      [ID, ID2].sort(),
    );
  });

  it('answers undefined when a channel has no ID yet, or the file is not in its subset', () => {
    const unsure = [
      fm(`channel: twitter\n`),
      fm(`channels: [twitter, linkedin]\nbuffer:\n  twitter: {id: ${ID}}\n`),
      fm(`channel: twitter\nbuffer:\n  twitter: {status: scheduled}\n`),
      fm(`channel: twitter\nbuffer:\n  twitter: {id: }\n`),
      fm(`channel: twitter\nbuffer:\n  twitter: {id: null}\n`),
      fm(`channel: twitter # main account\nbuffer:\n  twitter: {id: ${ID}}\n`),
      fm(`channel: &c twitter\nbuffer:\n  *c : {id: ${ID}}\n`),
      fm(`channel: twitter\nbuffer:\n  twitter:\n    id: ${ID}\n`),
      fm(`channel: twitter\nassets:\n  images: [{url: https://example.com/a.png}]\nbuffer:\n  twitter: {id: ${ID}}\n`),
      fm(`channel: twitter\nmetadata:\n  twitter: {}\nbuffer:\n  twitter: {id: ${ID}}\n`),
      fm(`channel: twitter\nchannel: linkedin\nbuffer:\n  twitter: {id: ${ID}}\n`),
      fm(`channel: twitter\nchannels: [linkedin]\nbuffer:\n  twitter: {id: ${ID}}\n  linkedin: {id: ${ID2}}\n`),
      fm(`channel: startpage\nbuffer:\n  startpage: {id: ${ID}}\n`),
      fm(`channel: true\nbuffer:\n  true: {id: ${ID}}\n`),
      fm(`channel: twitter\nbuffer:\n  twitter: {id: ${ID}}\n   linkedin: {id: ${ID2}}\n`),
      fm(`channel: twitter\nbuffer:\n  twitter: {id: ${ID}}\n  twitter: {id: ${ID2}}\n`),
      fm(`channel: twitter\nbuffer:\n  twitter: {id: ${ID}, id: ${ID2}}\n`),
      fm(`channel: twitter\nbuffer:\n  twitter: {id: "${ID}\\n"}\n`),
      fm(`channel: twitter\nbuffer: {twitter: {id: ${ID}}}\n`),
      fm(`channel: twitter\n\tbuffer:\n  twitter: {id: ${ID}}\n`),
      fm(`channel: twitter\nunknown: 1\nbuffer:\n  twitter: {id: ${ID}}\n`),
      fm(
        `channels:\n  - twitter\n   - linkedin\nbuffer:\n  twitter: {id: ${ID}}\n  "twitter - linkedin": {id: ${ID2}}\n`,
      ),
      fm(`channel: twitter\n  continued\nbuffer:\n  twitter: {id: ${ID}}\n`),
      fm(`  channel: twitter\n  buffer:\n    twitter: {id: ${ID}}\n`),
      `channel: twitter\nbuffer:\n  twitter: {id: ${ID}}\n`,
      `---\nchannel: twitter\nbuffer:\n  twitter: {id: ${ID}}\n`,
      fm(`channel: twitter\rbuffer:\n  twitter: {id: ${ID}}\n`),
      fm(`mode: - x\nchannel: twitter\nbuffer:\n  twitter: {id: ${ID}}\n`),
      fm(`channels: [twitter, linkedin,]\nbuffer:\n  twitter: {id: ${ID}}\n  linkedin: {id: ${ID2}}\n`),
      fm(`channels: []\nbuffer:\n  twitter: {id: ${ID}}\n`),
      fm(`channels: [[twitter]]\nbuffer:\n  twitter: {id: ${ID}}\n`),
      fm(
        `channels: [twitter,\u00a0"linkedin:Acme Inc"]\nbuffer:\n  twitter: {id: ${ID}}\n  "linkedin:Acme Inc": {id: ${ID2}}\n`,
      ),
    ];
    for (const raw of unsure) expect(check(raw), raw).toBeUndefined();
  });

  it('agrees with the full parser on quoting, numbers and plain scalars with colons', () => {
    const cases = [
      fm(`channel: "twitter"\nbuffer:\n  'twitter': {id: '${ID}'}\n`),
      fm(`channel: 65f0c0de0003000000000011\nbuffer:\n  65f0c0de0003000000000011: {id: ${ID}}\n`),
      fm(`channel: 12345\nbuffer:\n  12345: {id: 6750}\n`),
      fm(`channel: 1e3\nbuffer:\n  1e3: {id: 0x1F}\n`),
      fm(`channel: linkedin:Acme Inc\nbuffer:\n  linkedin:Acme Inc: {id: ${ID}}\n`),
      fm(
        `channels: [linkedin:Acme Inc, mastodon:acme@mastodon.social]\nbuffer:\n  "linkedin:Acme Inc": {id: ${ID}}\n  mastodon:acme@mastodon.social: {id: ${ID2}}\n`,
      ),
      fm(
        `channel: twitter\nmode: shareNow\ndraft: true\nbuffer:\n  twitter: {id: ${ID}, status: sent, error: "Something, with a comma"}\n`,
      ),
      fm(`channel: twitter\nbuffer:\n  twitter: {id: ${ID}, link: https://x.com/acme/status/1}\n`),
      fm(`channel: twitter \nbuffer:   \n  twitter:   {id:   ${ID}  ,  status: scheduled }  \n`),
      fm(`channel: twitter\n\nbuffer:\n  twitter: {id: ${ID}}\n\n`),
    ];
    for (const raw of cases) {
      const ids = check(raw);
      expect(ids, raw).toBeDefined();
    }
  });

  it('never disagrees with the full parser on mutated front-matter (seeded fuzz)', () => {
    const bases = [
      `channels: [twitter, "linkedin:Acme Inc"]\nmode: customScheduled\ndueAt: 2027-03-02T09:00:00+01:00\nbuffer:\n  twitter: {id: ${ID}, status: sent, link: "https://x.com/a/1"}\n  "linkedin:Acme Inc": {id: ${ID2}, status: scheduled}\n`,
      `channels:\n  - twitter\n  - mastodon\ndraft: false\nbuffer:\n  twitter: {id: ${ID}}\n  mastodon: {id: ${ID2}, status: draft}\n`,
      `channel: twitter\nbuffer:\n  twitter: {id: ${ID}, status: scheduled, dueAt: "2026-11-29T09:00:00.000Z"}\n`,
    ];
    const alphabet = [
      ' ',
      '  ',
      '\n',
      ':',
      ': ',
      ',',
      '"',
      "'",
      '-',
      '- ',
      '[',
      ']',
      '{',
      '}',
      '?',
      '@',
      'x',
      '0',
      'id: 1',
      'null',
      'true',
      '\r\n',
      '~',
      '.',
      '\u00a0',
      '\u2028',
      '\ufeff',
      'é',
      '<<',
      '=',
      '/',
    ];
    let state = 0x2545f491;
    const random = (n: number) => {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return (state >>> 0) % n;
    };
    let answered = 0;
    for (let round = 0; round < 4000; round++) {
      let yaml = bases[random(bases.length)]!;
      for (let edits = 1 + random(3); edits > 0; edits--) {
        const at = random(yaml.length + 1);
        const kind = random(3);
        if (kind === 0) yaml = yaml.slice(0, at) + alphabet[random(alphabet.length)]! + yaml.slice(at);
        else if (kind === 1) yaml = yaml.slice(0, at) + yaml.slice(at + 1 + random(3));
        else yaml = yaml.slice(0, at) + alphabet[random(alphabet.length)]! + yaml.slice(at + 1);
      }
      if (check(fm(yaml))) answered++;
    }
    // The fuzz must exercise the fast path, not only the bail-outs.
    expect(answered).toBeGreaterThan(200);
  });

  it('finds the front-matter exactly where scanFrontMatter does (seeded fuzz)', () => {
    const parts = ['---', '---', '\n', '\n', '\r', '\r\n', ' ', '\t', 'a', '-', '\ufeff', '--', '----'];
    let state = 12345;
    const random = (n: number) => {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return (state >>> 0) % n;
    };
    let present = 0;
    for (let round = 0; round < 60_000; round++) {
      let raw = '';
      for (let k = random(14); k >= 0; k--) raw += parts[random(parts.length)]!;
      const scan = scanFrontMatter(raw);
      const expected = scan.kind === 'present' ? [scan.yamlStart, scan.yamlEnd] : undefined;
      if (expected) present++;
      expect(locateYaml(raw), JSON.stringify(raw)).toEqual(expected);
    }
    expect(present).toBeGreaterThan(100);
  });
});
