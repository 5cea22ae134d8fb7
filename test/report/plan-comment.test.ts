/**
 * The plan comment's Markdown, from real parsed files and a real plan: the
 * summary line, every thread item in the preview, the weighted count of a
 * too-long X post, offline wording, the timeline, and the 65,536 limit.
 */
import { describe, expect, it } from 'vitest';
import type { Channel, Post } from '../../src/buffer/types.js';
import { buildPlan, type PostFileChange } from '../../src/plan/build-plan.js';
import { parsePostFile } from '../../src/posts/parse.js';
import { renderPost } from '../../src/posts/render.js';
import {
  GITHUB_COMMENT_LIMIT,
  PLAN_COMMENT_MARKER,
  planCommentMarkdown,
  planSummaryLine,
  type PlanCommentInput,
} from '../../src/report/plan-comment.js';
import { planRows } from '../../src/report/plan-comment-rows.js';
import { timelineMarkdown } from '../../src/report/plan-comment-timeline.js';
import { defaultSeed } from '../../src/sandbox/index.js';
import { validatePost } from '../../src/validate/rules.js';
import { weightedLengthX } from '../../src/text/x-weighted-length.js';

const NOW = new Date('2027-01-01T00:00:00Z');
const CHANNELS = defaultSeed().channels as unknown as Channel[];
const channelOf = (service: string) => CHANNELS.find((c) => c.service === service)!;

function added(path: string, raw: string): PostFileChange {
  return { path, kind: 'added', current: parsePostFile(path, raw, {}) };
}

function commentFor(
  posts: PostFileChange[],
  opts: { offline?: boolean; scheduled?: Post[]; extra?: Partial<PlanCommentInput> } = {},
) {
  const channels = opts.offline ? undefined : CHANNELS;
  const plan = buildPlan({
    basis: opts.offline ? 'offline' : 'diff',
    posts,
    channels,
    deleteSent: false,
    now: NOW,
    render: renderPost,
    validate: validatePost,
  });
  const rows = planRows({ plan, posts, channels, render: renderPost });
  const input: PlanCommentInput = {
    rows,
    findings: plan.findings,
    notes: plan.notes,
    offlineReason: opts.offline
      ? 'this pull request comes from a fork, so the Buffer key is not available to it'
      : undefined,
    timeline: timelineMarkdown({
      rows,
      scheduled: opts.scheduled,
      channels,
      scheduledUnavailable: opts.offline ? 'offline' : undefined,
    }),
    source: { serverUrl: 'https://github.com', repository: 'acme/social', sha: 'a'.repeat(40) },
    fullPlanUrl: 'https://github.com/acme/social/actions/runs/42',
    ...opts.extra,
  };
  return { plan, rows, input, markdown: planCommentMarkdown(input) };
}

const THREAD = `---
channels: [twitter, bluesky]
---
First: why we rewrote sync 🧵

---

Second: every edit is an operation.

![A diagram of operations](https://example.com/ops.png)

---

Third: operations merge on the server.

---

Fourth and last: https://example.com/blog/sync
`;

// 240 ASCII + 1 space + 20 CJK characters (2 each) = 281 weighted; 261 graphemes.
const LONG_TEXT = `${'a'.repeat(240)} ${'語'.repeat(20)}`;
const LONG = `---
channels: [twitter, linkedin]
mode: customScheduled
dueAt: 2027-03-02T09:00:00Z
---
${LONG_TEXT}
`;

describe('plan comment', () => {
  it('starts with the hidden marker and the summary line', () => {
    const { markdown, rows, plan } = commentFor([added('posts/thread.md', THREAD)]);
    expect(markdown.startsWith(`${PLAN_COMMENT_MARKER}\n`)).toBe(true);
    expect(planSummaryLine(rows, plan.findings)).toBe('2 to create, 0 to edit, 0 to delete, 0 errors');
    expect(markdown).toContain('**2 to create, 0 to edit, 0 to delete, 0 errors**');
  });

  it('previews every thread item as the network receives it, with the images of each item', () => {
    const { markdown } = commentFor([added('posts/thread.md', THREAD)]);
    const preview = markdown.slice(markdown.indexOf('<details'), markdown.indexOf('</details>'));
    expect(preview).toContain('thread of 4');
    for (const [i, text] of [
      'First: why we rewrote sync 🧵',
      'Second: every edit is an operation.',
      'Third: operations merge on the server.',
      'Fourth and last: https://example.com/blog/sync',
    ].entries()) {
      expect(preview).toContain(`**${i + 1}/4**`);
      expect(preview).toContain(`\`\`\`text\n${text}\n\`\`\``);
    }
    // X and Bluesky get the same text: one preview with both counts (URL = 23 on X, its full length on Bluesky).
    expect(preview).toContain('**4/4** · X: 40 / 280 · Bluesky: 46 / 300');
    const image = preview.indexOf('<img src="https://example.com/ops.png" alt="A diagram of operations"');
    expect(image).toBeGreaterThan(preview.indexOf('**2/4**'));
    expect(image).toBeLessThan(preview.indexOf('**3/4**'));
  });

  it("shows a too-long X post's weighted count, blocks it and lists the error at its line", () => {
    expect(weightedLengthX(LONG_TEXT)).toBe(281);
    const { markdown, rows, plan } = commentFor([added('posts/long.md', LONG)]);
    expect(rows.map((r) => [r.ref, r.action, r.blocked])).toEqual([
      ['twitter', 'skip', true],
      ['linkedin', 'skip', true],
    ]);
    expect(markdown).toContain('**0 to create, 0 to edit, 0 to delete, 1 error**');
    expect(markdown).toMatch(/\| twitter \| ⛔ blocked: fix the errors \| 2027-03-02 09:00 UTC \| 281 ❌ \/ 280 \|/);
    expect(markdown).toContain('X: 281 / 280 ❌ too long · LinkedIn: 261 / 3,000');
    expect(markdown).toContain('<details open>');
    const error = plan.findings.find((f) => f.severity === 'error')!;
    expect(error).toMatchObject({ file: 'posts/long.md', line: 6, code: 'too-long' });
    expect(markdown).toContain(
      `❌ **error** [\`posts/long.md:6:1\`](https://github.com/acme/social/blob/${'a'.repeat(40)}/posts/long.md#L6) X counts this post as 281 of 280`,
    );
  });

  it('counts edits and deletes from tracked files', () => {
    const tracked = (text: string) =>
      `---\nchannels: [twitter]\nbuffer:\n  twitter: {id: "66aa00000000000000000001", status: scheduled}\n---\n${text}\n`;
    const edit: PostFileChange = {
      path: 'posts/edit.md',
      kind: 'modified',
      previous: parsePostFile('posts/edit.md', tracked('Old text'), {}),
      current: parsePostFile('posts/edit.md', tracked('New text'), {}),
    };
    const removed: PostFileChange = {
      path: 'posts/gone.md',
      kind: 'deleted',
      previous: parsePostFile('posts/gone.md', tracked('Bye'), {}),
    };
    const { markdown } = commentFor([edit, removed, added('posts/new.md', '---\nchannel: mastodon\n---\nHello\n')]);
    expect(markdown).toContain('**1 to create, 1 to edit, 1 to delete, 0 errors**');
    expect(markdown).toContain('| edit (text) |');
    expect(markdown).toContain('| delete (file removed) |');
  });

  it('offline: plans from the files, marks the rows and says plainly what was not checked', () => {
    const { markdown, rows } = commentFor([added('posts/thread.md', THREAD), added('posts/long.md', LONG)], {
      offline: true,
    });
    expect(rows.filter((r) => r.offline).map((r) => `${r.file} ${r.ref} ${r.action}`)).toEqual([
      'posts/thread.md twitter create',
      'posts/thread.md bluesky create',
    ]);
    expect(markdown).toContain('**2 to create, 0 to edit, 0 to delete, 1 error**');
    expect(markdown).toContain('**Offline validation only**: this pull request comes from a fork');
    expect(markdown).toContain('**Not checked**: that the channel references exist in the Buffer organization');
    expect(markdown).toContain('| create _(offline)_ |');
    // The offline thread is still previewed in full, and the too-long post is still counted.
    expect(markdown).toContain('Fourth and last: https://example.com/blog/sync');
    expect(markdown).toContain('281 ❌ / 280');
  });

  it('never lets post text close its code fence', () => {
    const { markdown } = commentFor([
      added('posts/code.md', '---\nchannel: mastodon\n---\nRun:\n\n```\nnpm i\n```\n\nand ``` done\n'),
    ]);
    expect(markdown).toMatch(/````text\n[\s\S]*```[\s\S]*\n````/);
  });

  it('draws the new posts among the posts already scheduled on the same channel', () => {
    const scheduled: Post[] = [
      {
        id: 'p1',
        channelId: channelOf('linkedin').id,
        status: 'scheduled',
        text: 'Webinar: ask us anything # now',
        dueAt: '2027-03-02T08:30:00.000Z',
      },
      {
        id: 'p2',
        channelId: channelOf('bluesky').id,
        status: 'scheduled',
        text: 'Not on a channel of this plan',
        dueAt: '2027-03-02T08:45:00.000Z',
      },
    ];
    const ok = LONG.replace(LONG_TEXT, 'Launch day: Acme 2.0 is out');
    const timeline = commentFor([added('posts/launch.md', ok), added('posts/thread.md', THREAD)], { scheduled }).input
      .timeline!;
    expect(timeline).toContain('```mermaid\ngantt\n');
    expect(timeline).toContain(
      '    section LinkedIn (linkedin)\n    Webinar ask us anything now :milestone, 2027-03-02 08:30, 0m\n    NEW Launch day Acme 2.0 is out :crit, milestone, 2027-03-02 09:00, 0m',
    );
    expect(timeline).not.toContain('Not on a channel of this plan');
    expect(timeline).toContain('- `posts/thread.md` (twitter: next queue slot, bluesky: next queue slot)');
  });

  it('stays under GitHub’s 65,536 characters, keeping the summary and pointing to the job summary', () => {
    // 60 files of 1,200 characters each: ~85,000 characters of previews (parsing stays cheap).
    const many = Array.from({ length: 60 }, (_, i) =>
      added(
        `posts/bulk-${String(i).padStart(3, '0')}.md`,
        `---\nchannels: [linkedin, facebook]\n---\nPost ${i}: ${'lorem ipsum '.repeat(100)}\n`,
      ),
    );
    const { input, markdown } = commentFor(many);
    const full = planCommentMarkdown(input, { limit: Number.MAX_SAFE_INTEGER });
    expect(full.length).toBeGreaterThan(GITHUB_COMMENT_LIMIT);
    expect(markdown.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(markdown.startsWith(PLAN_COMMENT_MARKER)).toBe(true);
    expect(markdown).toContain('**120 to create, 0 to edit, 0 to delete, 0 errors**');
    expect(markdown).toMatch(
      /Shortened to stay under GitHub's 65,536-character limit: .*previews.* left out\. The whole plan is in the \[job summary\]\(https:\/\/github\.com\/acme\/social\/actions\/runs\/42\)/,
    );
    // Previews go first: the table keeps its first rows.
    expect(markdown).toContain('posts/bulk-000.md');
  });

  it('cuts even a single enormous finding list down to the limit', () => {
    const findings = Array.from({ length: 3000 }, (_, i) => ({
      file: 'posts/x.md',
      line: i + 1,
      column: 1,
      severity: 'error' as const,
      code: 'too-long',
      message: 'x'.repeat(200),
    }));
    const markdown = planCommentMarkdown({ rows: [], findings, notes: [] });
    expect(markdown.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(markdown).toContain('**0 to create, 0 to edit, 0 to delete, 3000 errors**');
    expect(markdown).toMatch(/- … \d+ more \(see the annotations\)/);
  });
});
