/**
 * Injection (issue 6 item 5): post text, front-matter values, a channel name,
 * an idea title and a file name carrying GraphQL syntax, quotes, `$`,
 * backticks, newlines, `%0A`, workflow-command text and shell metacharacters
 * arrive in Buffer byte for byte (as GraphQL variables, never spliced into a
 * document), survive the write-back, and cannot inject a workflow command
 * into the action's log: every line GitHub would read as a command is one
 * the action meant to write.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSeed, type ObservedRequest } from '../../src/sandbox/index.js';
import { parsePostFile } from '../../src/posts/parse.js';
import { stripBufferBlock } from '../../src/writeback/buffer-block.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { createHarness, mutationInputs, postsOf, type Harness } from '../e2e/harness.js';

/** Every payload carries PWN, so an injected command is easy to recognise. */
const CHANNEL_NAME = 'Acme "Labs" $(touch PWN) `id` ::error::PWN-CHANNEL %0A';
const EVIL_FILE = 'posts/evil\n::error::PWN-FILE %0A $(id).md';
const BODY_LINES = [
  'mutation { deletePost(input: {id: "x"}) { __typename } } query($id: ID!) { post(input: {id: $id}) { id } }',
  '"double" \'single\' \\`backticks\\` $HOME ${PATH} $(touch PWN) ; | && || x > y < z %0A %0D %25 \\n',
  '::error::PWN-BODY',
  '::add-mask::PWN-MASK',
  '::stop-commands::PWN-STOP',
  '##[error]PWN-LEGACY',
];
/** What Buffer must receive: the body as rendered (the Markdown escapes \` become backticks), nothing else changed. */
const EXPECTED_TEXT = BODY_LINES.join('\n').replace(/\\`/g, '`');
const ALT = 'alt "q" \'s\' $(touch PWN) `y` ::error::PWN-ALT %0A\n::warning::PWN-ALT-LINE';
const IMAGE_URL = 'https://example.com/a.png?q=%0A&x=$(id)&y=`z`';
const IDEA_TITLE = 'Idea "q" $(touch PWN) `x` ::error::PWN-IDEA %0A';

const yamlString = (s: string) => JSON.stringify(s); // a JSON string is a YAML double-quoted scalar

const POST = `---
channels: [mastodon, ${yamlString(`linkedin:${CHANNEL_NAME}`)}]
assets:
  images: [{url: ${yamlString(IMAGE_URL)}, alt: ${yamlString(ALT)}}]
---
${BODY_LINES.join('\n')}
`;
const EVIL_NAMED = `---
channel: mastodon
---
A file whose name holds a newline and a workflow command.
`;
const IDEA = `---
title: ${yamlString(IDEA_TITLE)}
---
Notes with ::error::PWN-IDEA-BODY and $(touch PWN).
`;

/**
 * Lines GitHub's runner would process as workflow commands: it splits output
 * on \r\n, \n and \r, trims leading whitespace, and ignores everything
 * between `::stop-commands::TOKEN` and `::TOKEN::`.
 */
function commandLines(stdout: string): { commands: string[]; stopTokens: string[] } {
  const commands: string[] = [];
  const stopTokens: string[] = [];
  let stoppedUntil: string | undefined;
  for (const raw of stdout.split(/\r\n|\r|\n/)) {
    const line = raw.trimStart();
    if (stoppedUntil !== undefined) {
      if (line === stoppedUntil) stoppedUntil = undefined;
      continue;
    }
    if (!/^(::|##\[)/.test(line)) continue;
    const stop = /^::stop-commands::(.*)$/.exec(line);
    if (stop) {
      stopTokens.push(stop[1]!);
      stoppedUntil = `::${stop[1]}::`;
      continue;
    }
    commands.push(line);
  }
  expect(stoppedUntil, 'a stop-commands block is never resumed').toBeUndefined();
  return { commands, stopTokens };
}

describe('injection through post text, front-matter, names and titles', () => {
  let h: Harness;
  let run: ActionRun;
  let range: { before: string; after: string };

  beforeAll(async () => {
    const seed = defaultSeed();
    const linkedin = seed.channels.find((c) => c.service === 'linkedin')!;
    seed.channels.push({
      ...linkedin,
      id: '65f0c0de0003000000000077',
      name: CHANNEL_NAME,
      displayName: CHANNEL_NAME,
      serviceId: '1000000077',
    });
    h = await createHarness({ now: '2027-01-01T00:00:00Z', seed });
    range = await h.pushFiles(
      { 'posts/injection.md': POST, [EVIL_FILE]: EVIL_NAMED, 'ideas/idea.md': IDEA },
      'hostile text',
    );
    run = await h.runPush(range);
  });
  afterAll(async () => h?.close());

  it('publishes everything', () => {
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.created).toBe('4');
  });

  it('post text, alt text and URL arrive in Buffer byte for byte, on the right channel', () => {
    const posts = postsOf(h.sandbox).filter((p) => p.text === EXPECTED_TEXT);
    expect(posts.map((p) => p.channelId).sort()).toEqual(
      ['65f0c0de0003000000000077', h.sandbox.state().channels.find((c) => c.service === 'mastodon')!.id].sort(),
    );
    for (const post of posts) {
      expect(post.assets).toEqual([{ image: { url: IMAGE_URL, metadata: { altText: ALT } } }]);
    }
    expect(h.sandbox.state().ideas.map((i) => i.content.title)).toEqual([IDEA_TITLE]);
  });

  it('user text travels only as GraphQL variables, never inside a document', () => {
    const documents = h.requests.map((r: ObservedRequest) => r.query).join('\n');
    expect(documents).not.toContain('PWN');
    expect(mutationInputs(h.requests, 'createPost').map((i) => i.text)).toContain(EXPECTED_TEXT);
  });

  it('the write-back keeps the hostile channel reference exact and every other byte', async () => {
    await h.pull();
    const written = await h.read('posts/injection.md');
    expect(stripBufferBlock(written)).toBe(POST);
    const reread = parsePostFile('posts/injection.md', written);
    expect(reread.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(Object.keys(reread.tracked).sort()).toEqual([`linkedin:${CHANNEL_NAME}`, 'mastodon'].sort());
    expect(await h.read(EVIL_FILE)).toContain('buffer:');
  });

  it('no workflow command in the log comes from user text', () => {
    const { commands: lines, stopTokens } = commandLines(run.stdout);
    // Log lines holding user text were quarantined, with tokens nobody could have guessed.
    expect(stopTokens.length).toBeGreaterThan(0);
    for (const token of stopTokens)
      expect(token).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // Only the commands the action writes…
    const names = new Set(lines.map((l) => /^\s*(?:::([\w-]+)|##\[([\w-]+)\])/.exec(l)?.slice(1).find(Boolean)));
    expect(
      [...names].filter((n) => !['add-mask', 'group', 'endgroup', 'error', 'warning', 'notice', 'debug'].includes(n!)),
    ).toEqual([]);
    // …and none of them starts with injected data.
    expect(lines.filter((l) => /^\s*(?:::[\w-]+(?: [^:]*)?::|##\[[\w-]+\])\s*PWN/.test(l))).toEqual([]);
    // The masks are the action's secrets only.
    expect(lines.filter((l) => l.startsWith('::add-mask::'))).toEqual([
      '::add-mask::sandbox',
      '::add-mask::ghs_test_token',
    ]);
    // The hostile text was logged (so this checks something), neutralised.
    expect(run.stdout).toContain('PWN-FILE');
  });

  it('a pull request plan of the same files injects nothing either', async () => {
    // The pull request that brought the files, before any write-back: everything is new to it.
    const workspace = path.join(h.fx.root, 'pr-checkout');
    await h.fx.git(['init', '--quiet', workspace], h.fx.root);
    await h.fx.git(['remote', 'add', 'origin', pathToFileURL(h.fx.bare).href], workspace);
    await h.fx.git(['fetch', '--quiet', '--depth=1', 'origin', range.after], workspace);
    await h.fx.git(['checkout', '--quiet', '--detach', 'FETCH_HEAD'], workspace);
    const headSha = range.after;
    const plan = await runAction({
      workspace,
      eventName: 'pull_request',
      ref: 'refs/pull/7/merge',
      sha: headSha,
      event: {
        number: 7,
        pull_request: {
          number: 7,
          head: { sha: headSha, ref: 'hostile', repo: { full_name: 'acme/social' } },
          base: { sha: range.before, ref: 'main', repo: { full_name: 'acme/social' } },
        },
        repository: { full_name: 'acme/social', default_branch: 'main' },
      },
      inputs: { 'buffer-api-key': h.sandbox.apiKey, 'api-url': h.sandbox.url, 'github-token': 'ghs_test_token' },
      // No GitHub API: the comment fails harmlessly; the log is what is checked.
      env: { ...h.fx.env, GITHUB_API_URL: 'http://127.0.0.1:9' },
    });
    expect(plan.stdout).toContain('PWN-FILE');
    const { commands } = commandLines(plan.stdout);
    expect(commands.filter((l) => /^(?:::[\w-]+(?: [^:]*)?::|##\[[\w-]+\])\s*PWN/.test(l))).toEqual([]);
    expect(commands.filter((l) => !/^::(add-mask|group|endgroup|error|warning|notice|debug)\b/.test(l))).toEqual([]);
  });
});
