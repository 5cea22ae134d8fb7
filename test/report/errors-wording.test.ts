/**
 * Plan wording (issue 13): validation problems are "N errors", "failed" is
 * only for Buffer actions attempted and failed, and nothing says "Nothing
 * to do." beside errors: the run report, its closing line, the job summary,
 * the plan comment and the `failed`/`errors` outputs. The closing line is
 * printed by the action and the CLI alike, so it names neither's tools.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Outcome } from '../../src/apply/outcome.js';
import type { Channel } from '../../src/buffer/types.js';
import type { RunContext } from '../../src/commands/context.js';
import { finish } from '../../src/commands/finish.js';
import { buildPlan, type PostFileChange } from '../../src/plan/build-plan.js';
import type { CreateItem, Plan } from '../../src/plan/types.js';
import { parsePostFile } from '../../src/posts/parse.js';
import { renderPost } from '../../src/posts/render.js';
import { planCommentMarkdown, planSummaryLine } from '../../src/report/plan-comment.js';
import { planRows } from '../../src/report/plan-comment-rows.js';
import { MemoryReporter } from '../../src/report/reporter.js';
import { buildRunReport, problemsLine, summaryMarkdown } from '../../src/report/run-report.js';
import { defaultSeed } from '../../src/sandbox/index.js';
import { validatePost } from '../../src/validate/rules.js';

const NOW = new Date('2027-01-01T00:00:00Z');
const CHANNELS = defaultSeed().channels as unknown as Channel[];
/** Words of one surface only: the closing line is printed by both. */
const SURFACE_WORDS = /annotation|job summary|\binput\b|push again|--[a-z]|\(s\)/i;

const GOOD = '---\nchannel: twitter\n---\nHello from the good post.\n';
// Two errors in one file: a misspelt service and a YAML value with `: `; its twitter post is held back.
const BROKEN = '---\nchannels: [twitter, twiter]\nmode: Launch: day one\n---\nHello.\n';
// A file whose only channel is unknown: no plan item at all, only its error.
const NO_ITEMS = '---\nchannel: myspace:Acme\n---\nHello.\n';

function planOf(files: Record<string, string>): { plan: Plan; posts: PostFileChange[] } {
  const posts: PostFileChange[] = Object.entries(files).map(([path, raw]) => ({
    path,
    kind: 'added',
    current: parsePostFile(path, raw, {}),
  }));
  const plan = buildPlan({
    basis: 'diff',
    posts,
    channels: CHANNELS,
    deleteSent: false,
    now: NOW,
    render: renderPost,
    validate: validatePost,
  });
  return { plan, posts };
}

/** What plan and apply make of the items: a blocked skip is "failed" to the engine, a create is done. */
function outcomesOf(plan: Plan): Outcome[] {
  return plan.items.map((item) =>
    item.action === 'skip'
      ? { item, status: item.blocked ? 'failed' : 'skipped', message: item.reason }
      : { item, status: 'created', post: { id: 'p1' } as never },
  );
}

describe('counts: errors are not failures', () => {
  it('a blocked file counts as blocked and its problems as errors; failed stays 0', () => {
    const { plan } = planOf({ 'posts/good.md': GOOD, 'posts/broken.md': BROKEN });
    expect(plan.findings.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual([
      'unknown-service',
      'yaml-syntax',
    ]);
    const report = buildRunReport('apply', plan, outcomesOf(plan), false);
    expect(report.counts).toMatchObject({ created: 1, failed: 0, blocked: 1, errors: 2 });
    expect(report.outcomes.find((o) => o.file === 'posts/broken.md')?.status).toBe('blocked');
  });

  it('a Buffer action that failed is counted as failed', () => {
    const { plan } = planOf({ 'posts/good.md': GOOD });
    const [item] = plan.items as CreateItem[];
    const report = buildRunReport('apply', plan, [{ item: item!, status: 'failed', message: 'Buffer said no' }], false);
    expect(report.counts).toMatchObject({ created: 0, failed: 1, blocked: 0, errors: 0 });
  });
});

describe('the closing line', () => {
  it('says "N errors in N files", never "failed", when only the files have errors', () => {
    const { plan } = planOf({ 'posts/good.md': GOOD, 'posts/broken.md': BROKEN, 'posts/none.md': NO_ITEMS });
    const line = problemsLine(buildRunReport('plan', plan, outcomesOf(plan), true));
    expect(line).toBe('3 errors in 2 files (they are not sent to Buffer until fixed); see the messages above.');
    expect(line).not.toMatch(SURFACE_WORDS);
  });

  it('names failed Buffer actions, a failed write-back and errors together', () => {
    const { plan } = planOf({ 'posts/good.md': GOOD, 'posts/broken.md': BROKEN });
    const [create] = plan.items.filter((i) => i.action === 'create');
    const report = buildRunReport('apply', plan, [{ item: create!, status: 'failed', message: 'x' }], false);
    report.writeBack = { status: 'failed', files: [] };
    const line = problemsLine(report);
    expect(line).toBe(
      '1 Buffer action failed, the write-back failed (the Buffer IDs are not recorded in the files) and 2 errors in 1 file (it is not sent to Buffer until fixed); see the messages above.',
    );
    expect(line).not.toMatch(SURFACE_WORDS);
  });

  it('is absent for a clean run', () => {
    const { plan } = planOf({ 'posts/good.md': GOOD });
    expect(problemsLine(buildRunReport('apply', plan, outcomesOf(plan), false))).toBeUndefined();
  });
});

describe('summaries never say "Nothing to do." beside errors', () => {
  it('the run summary counts errors and says nothing was sent', () => {
    const { plan } = planOf({ 'posts/none.md': NO_ITEMS });
    expect(plan.items).toEqual([]);
    const markdown = summaryMarkdown('Buffer GitOps: apply', buildRunReport('apply', plan, [], false));
    expect(markdown).toContain('**0 created · 0 edited · 0 deleted · 1 error**');
    expect(markdown).toContain('Nothing was sent to Buffer: fix the errors below first.');
    expect(markdown).not.toContain('Nothing to do');
    expect(markdown).not.toMatch(/failed/);
  });

  it('an empty run without errors still says "Nothing to do."', () => {
    const markdown = summaryMarkdown('Buffer GitOps: apply', buildRunReport('apply', planOf({}).plan, [], false));
    expect(markdown).toContain('**0 created · 0 edited · 0 deleted**');
    expect(markdown).toContain('Nothing to do.');
  });

  it('a blocked file shows as blocked in the table, not as failed', () => {
    const { plan } = planOf({ 'posts/good.md': GOOD, 'posts/broken.md': BROKEN });
    const markdown = summaryMarkdown('Buffer GitOps: apply', buildRunReport('apply', plan, outcomesOf(plan), false));
    expect(markdown).toContain('**1 created · 0 edited · 0 deleted · 1 blocked · 2 errors**');
    expect(markdown).toMatch(/\| `posts\/broken\.md:2` \| twitter \| skip \| ⛔ blocked: the file has errors \|/);
    expect(markdown).not.toMatch(/failed/);
  });

  it('the plan comment says "N errors" and what holds the plan back', () => {
    const { plan, posts } = planOf({
      'posts/none.md': NO_ITEMS,
      'posts/also.md': NO_ITEMS.replace('myspace', 'friendster'),
    });
    const rows = planRows({ plan, posts, channels: CHANNELS, render: renderPost });
    expect(rows).toEqual([]);
    const markdown = planCommentMarkdown({ rows, findings: plan.findings, notes: plan.notes });
    expect(planSummaryLine(rows, plan.findings)).toBe('0 to create, 0 to edit, 0 to delete, 2 errors');
    expect(markdown).toContain('Nothing can be sent to Buffer until the 2 errors below are fixed.');
    expect(markdown).not.toMatch(/Nothing in this pull request changes Buffer|Nothing to do|failed/);
    const one = planOf({ 'posts/none.md': NO_ITEMS }).plan;
    expect(planCommentMarkdown({ rows: [], findings: one.findings, notes: [] })).toContain(
      'Nothing can be sent to Buffer until the error below is fixed.',
    );
    expect(planCommentMarkdown({ rows: [], findings: [], notes: [] })).toContain(
      'Nothing in this pull request changes Buffer.',
    );
  });
});

describe('finish: the `failed` and `errors` outputs', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'finish-'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  async function finishWith(plan: Plan, outcomes: Outcome[], command = 'plan') {
    const reporter = new MemoryReporter();
    const ctx = { reporter, reportPath: join(dir, `${command}.json`) } as unknown as RunContext;
    const result = await finish(ctx, buildRunReport(command, plan, outcomes, command === 'plan'), plan);
    return { result, reporter };
  }

  it('a plan that only found errors: failed 0, errors 2, exit 1, the closing line in words of both surfaces', async () => {
    const { plan } = planOf({ 'posts/broken.md': BROKEN });
    const { result, reporter } = await finishWith(plan, outcomesOf(plan));
    expect(result.exitCode).toBe(1);
    expect(reporter.outputs).toMatchObject({ failed: '0', errors: '2', created: '0' });
    expect(reporter.lines).toEqual([
      'error: 2 errors in 1 file (it is not sent to Buffer until fixed); see the messages above.',
    ]);
  });

  it('a clean run: failed 0, errors 0, exit 0, no closing error', async () => {
    const { plan } = planOf({ 'posts/good.md': GOOD });
    const { result, reporter } = await finishWith(plan, outcomesOf(plan), 'apply');
    expect(result.exitCode).toBe(0);
    expect(reporter.outputs).toMatchObject({ failed: '0', errors: '0', created: '1' });
    expect(reporter.lines).toEqual([]);
  });

  it('a failed Buffer action: failed 1, errors 0, exit 1', async () => {
    const { plan } = planOf({ 'posts/good.md': GOOD });
    const { result, reporter } = await finishWith(
      plan,
      [{ item: plan.items[0]!, status: 'failed', message: 'x' }],
      'apply',
    );
    expect(result.exitCode).toBe(1);
    expect(reporter.outputs).toMatchObject({ failed: '1', errors: '0' });
    expect(reporter.lines).toEqual(['error: 1 Buffer action failed; see the messages above.']);
  });
});
