/**
 * Bad input never crashes the action and never blocks the valid post beside
 * it (issue 6 item 3, SPEC §8). The whole corpus is pushed at once with one
 * valid post; the bundled action must report every manifest entry's finding
 * at its file and line, publish the valid post exactly once, and publish
 * nothing else. Then the same files through a full reconcile (the other way
 * files are read), and a tracked post broken by a typo, which must keep its
 * Buffer post.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSeed } from '../../src/sandbox/index.js';
import type { ActionRun } from '../helpers/run-action.js';
import { createHarness, postsOf, ZERO_SHA, type Harness } from '../e2e/harness.js';
import { writeCorpus, type Manifest } from './corpus.js';

/** The default organization plus a second LinkedIn channel, so a bare `linkedin` is ambiguous. */
function seedWithTwoLinkedIns() {
  const seed = defaultSeed();
  const linkedin = seed.channels.find((c) => c.service === 'linkedin')!;
  seed.channels.push({
    ...linkedin,
    id: '65f0c0de0003000000000099',
    name: 'Acme Labs',
    displayName: 'Acme Labs',
    serviceId: '1000000099',
  });
  return seed;
}

interface ReportFinding {
  file: string;
  line: number;
  code: string;
  severity: string;
  message: string;
}

/** Every manifest entry that has no matching annotation (and report finding with its code). */
async function missingFindings(manifest: Manifest, run: ActionRun): Promise<string[]> {
  const report = JSON.parse(await readFile(run.outputs.report!, 'utf8')) as { findings: ReportFinding[] };
  const missing: string[] = [];
  for (const entry of manifest.entries) {
    if (entry.line === null) continue;
    const annotated = run.annotations.some(
      (a) =>
        a.level === 'error' && a.file === entry.file && a.line === entry.line && a.message.includes(entry.message!),
    );
    const reported = report.findings.some(
      (f) =>
        f.file === entry.file && f.line === entry.line && f.code === entry.code && f.message.includes(entry.message!),
    );
    if (!annotated || !reported)
      missing.push(
        `${entry.file}:${entry.line} [${entry.code}] ${entry.message} (annotation: ${annotated}, report: ${reported})`,
      );
  }
  return missing;
}

function expectNoCrash(run: ActionRun) {
  // Findings fail the job, through the action's own message; never an exception.
  expect(run.exitCode).toBe(1);
  expect(run.stderr).toBe('');
  expect(run.stdout).toMatch(/^::error::buffer-gitops apply finished with problems/m);
  expect(run.stdout).not.toMatch(/\bat .+\.js:\d+:\d+|TypeError|RangeError|ReferenceError|Unhandled/);
}

describe('bad-input corpus beside a valid post', () => {
  let h: Harness;
  let manifest: Manifest;
  let run: ActionRun;

  beforeAll(async () => {
    h = await createHarness({ now: '2027-01-01T00:00:00Z', seed: seedWithTwoLinkedIns() });
    const before = await h.head();
    manifest = await writeCorpus(h.fx.work);
    const after = await h.fx.commitAll('a pile of broken posts and one good one');
    await h.fx.push();
    run = await h.runPush({ before, after });
  });
  afterAll(async () => h?.close());

  it(`holds at least 40 broken post files, each with its expected finding`, () => {
    const broken = manifest.entries.filter((e) => e.file.startsWith('posts/'));
    console.log(
      `bad-input corpus: ${broken.length} broken post files (${broken.filter((e) => e.generate).length} generated at run time), 1 file outside posts/`,
    );
    expect(broken.length).toBeGreaterThanOrEqual(40);
    expect(broken.every((e) => e.line !== null && e.code && e.message)).toBe(true);
  });

  it('none crashes the action', () => expectNoCrash(run));

  it('reports every finding at its file and line', async () => {
    expect(await missingFindings(manifest, run)).toEqual([]);
  });

  it('publishes the valid post, exactly once, and writes its ID back', async () => {
    const posts = postsOf(h.sandbox);
    expect(posts.map((p) => p.text)).toEqual([manifest.valid.text]);
    expect(run.outputs.created).toBe('1');
    await h.pull();
    expect(await h.read(manifest.valid.file)).toContain(`id: ${posts[0]!.id}`);
  });

  it('sends nothing for a broken file: one createPost in all, nothing read through a link', () => {
    expect(h.sandbox.state().stats.byRootField.createPost).toBe(1);
    expect(JSON.stringify(h.requests)).not.toContain('SECRET');
    expect(run.stdout).not.toContain('SECRET');
  });

  it('ignores a post outside posts/: no finding, not published', () => {
    const outside = manifest.entries.find((e) => e.generate === 'outside-posts')!;
    expect(run.annotations.filter((a) => a.file === outside.file)).toEqual([]);
    expect(postsOf(h.sandbox).some((p) => p.text.includes('outside the posts folder'))).toBe(false);
  });

  it('a full reconcile (first push of the branch) reads every file the other way and reports the same', async () => {
    const tip = await h.head();
    // Reset the applied state (README): with it, the run would compare against it instead.
    await h.fx.git(['update-ref', '-d', 'refs/notes/buffer-gitops/main'], h.fx.bare);
    const again = await h.runPush({ before: ZERO_SHA, after: tip });
    expectNoCrash(again);
    expect(again.stdout).toMatch(/Full reconcile/);
    expect(await missingFindings(manifest, again)).toEqual([]);
    expect(postsOf(h.sandbox)).toHaveLength(1);
  });
});

describe('a tracked post broken by a typo', () => {
  let h: Harness;
  afterAll(async () => h?.close());

  it('keeps its Buffer post (a typo never deletes) and says so; fixing the file edits it', async () => {
    h = await createHarness({ now: '2027-01-01T00:00:00Z' });
    const good =
      '---\nchannels: [twitter, mastodon]\nmode: customScheduled\ndueAt: 2027-03-02T09:00:00+01:00\n---\nStill here.\n';
    const first = await h.runPush(await h.pushFiles({ 'posts/kept.md': good }, 'a post'));
    expect(first.exitCode, first.stdout).toBe(0);
    await h.pull();
    const tracked = await h.read('posts/kept.md');
    expect(postsOf(h.sandbox)).toHaveLength(2);

    // The opening bracket deleted: `channels` is now one string, not a list, so the file names no channel.
    const broken = tracked.replace('channels: [twitter, mastodon]', 'channels: twitter, mastodon]');
    const run = await h.runPush(await h.pushFiles({ 'posts/kept.md': broken }, 'oops'));
    expect(run.exitCode).toBe(1);
    expect(h.sandbox.state().stats.byRootField.deletePost ?? 0).toBe(0);
    expect(postsOf(h.sandbox)).toHaveLength(2);
    expect(run.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        file: 'posts/kept.md',
        message: expect.stringMatching(/twitter: kept in Buffer: the file has errors/),
      }),
    );

    const fixed = await h.runPush(
      await h.pushFiles({ 'posts/kept.md': tracked.replace('Still here.', 'Still here, fixed.') }, 'fix'),
    );
    expect(fixed.exitCode, fixed.stdout).toBe(0);
    expect(postsOf(h.sandbox).map((p) => p.text)).toEqual(['Still here, fixed.', 'Still here, fixed.']);
  });
});
