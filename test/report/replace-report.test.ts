/**
 * A `replace` is shown as such everywhere a plan or a run is reported: the
 * PR comment (summary line, table, preview, timeline), the plan JSON output,
 * the console log line and the job summary.
 */
import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../src/apply/outcome.js';
import { outcomeLine } from '../../src/apply/outcome.js';
import type { Channel, Post } from '../../src/buffer/types.js';
import { buildPlan, type PostFileChange } from '../../src/plan/build-plan.js';
import { parsePostFile } from '../../src/posts/parse.js';
import { renderPost } from '../../src/posts/render.js';
import { planCommentMarkdown } from '../../src/report/plan-comment.js';
import { planRows } from '../../src/report/plan-comment-rows.js';
import { timelineMarkdown } from '../../src/report/plan-comment-timeline.js';
import { buildRunReport, planJson, summaryMarkdown } from '../../src/report/run-report.js';
import { defaultSeed } from '../../src/sandbox/index.js';
import { validatePost } from '../../src/validate/rules.js';
import { setBufferBlock } from '../../src/writeback/buffer-block.js';

const NOW = new Date('2027-01-01T00:00:00Z');
const CHANNELS = defaultSeed().channels as unknown as Channel[];
const linkedin = CHANNELS.find((c) => c.service === 'linkedin')!;
const RAW = setBufferBlock('---\nchannel: linkedin\ndueAt: 2027-02-01T09:00:00Z\n---\nWe are hiring.\n', {
  linkedin: { id: 'old-1', status: 'scheduled' },
});
const HELD: Post = {
  id: 'old-1',
  channelId: linkedin.id,
  channelService: 'linkedin',
  status: 'scheduled',
  text: 'We are hiring.',
  dueAt: '2027-02-01T09:00:00.000Z',
  shareMode: 'customScheduled',
  schedulingType: 'automatic',
  content: { assets: [], thread: [], metadata: { linkedin: { firstComment: 'Apply by Friday' } } },
};

describe('reporting a replace', () => {
  const posts: PostFileChange[] = [
    { path: 'posts/jobs.md', kind: 'unchanged', current: parsePostFile('posts/jobs.md', RAW, {}) },
  ];
  const plan = buildPlan({
    basis: 'full',
    posts,
    channels: CHANNELS,
    remote: new Map([['old-1', HELD]]),
    deleteSent: false,
    now: NOW,
    render: renderPost,
    validate: validatePost,
  });
  const rows = planRows({ plan, posts, channels: CHANNELS, render: renderPost });

  it('the plan says replace, why, and what the network receives', () => {
    expect(plan.items.map((i) => i.action)).toEqual(['replace']);
    const markdown = planCommentMarkdown({
      rows,
      findings: plan.findings,
      notes: plan.notes,
      timeline: timelineMarkdown({ rows, channels: CHANNELS }),
    });
    expect(markdown).toContain('0 to create, 0 to edit, 1 to replace, 0 to delete, 0 errors');
    expect(markdown).toMatch(
      /\| replace: `metadata\.linkedin\.firstComment` was removed, and Buffer keeps metadata an edit leaves out \|/,
    );
    expect(markdown).toContain('We are hiring.');
    expect(markdown).toContain('REPLACE We are hiring.');
    expect(JSON.parse(planJson(plan))).toEqual([
      expect.objectContaining({
        action: 'replace',
        postId: 'old-1',
        changed: ['metadata'],
        reason: expect.stringContaining('firstComment'),
      }),
    ]);
  });

  it('the run’s log line and job summary say replaced, with the new post', () => {
    const outcome: Outcome = {
      item: plan.items[0]!,
      status: 'replaced',
      post: { ...HELD, id: 'new-2' },
      message: 'replaced post old-1: …',
    };
    expect(outcomeLine(outcome)).toBe('replaced replace     posts/jobs.md → linkedin (new-2): replaced post old-1: …');
    const report = buildRunReport('apply', plan, [outcome], false);
    expect(report.counts.replaced).toBe(1);
    const summary = summaryMarkdown('Buffer apply', report);
    expect(summary).toContain('0 created · 0 edited · 1 replaced · 0 deleted');
    expect(summary).toContain('| replace | 🔁 replaced | `new-2` |');
  });
});
