/**
 * One test file's share of the fault matrix: every case of the given kinds
 * runs through the bench, and the file asserts zero invariant violations
 * per case. The matrix is split into files by kind so vitest runs them in
 * parallel processes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CASES_PER_KIND,
  caseName,
  casesOf,
  faultRules,
  typedErrorCasesOf,
  typedErrorRules,
  worldFor,
  type MutationKindUnderTest,
} from './cases.js';
import { createMatrixBench, type MatrixBench } from './matrix-bench.js';

export function describeMatrix(kind: MutationKindUnderTest): void {
  describe(`fault matrix: ${kind}`, () => {
    let bench: MatrixBench;
    const cases = casesOf(kind);
    let ran = 0;
    let violations = 0;
    beforeAll(async () => {
      bench = await createMatrixBench();
    });
    afterAll(async () => {
      // The count the issue asks for, per file (the kinds' files add up).
      console.log(`fault matrix ${kind}: ${ran} cases run, ${violations} invariant violations`);
      await bench?.close();
    });

    cases.forEach((c) => {
      it(caseName(c), async () => {
        const world = worldFor(kind);
        const outcome = await bench.runCase(world, faultRules(c));
        ran++;
        violations += outcome.violations.length;
        const log = [...outcome.first.reporter.lines, '---- second run', ...outcome.second.reporter.lines].join('\n');
        // The fault did hit the first run (a case that never fires proves nothing):
        // it failed or left work pending, or the client had to wait and retry.
        const hit =
          outcome.first.exitCode !== 0 ||
          outcome.first.sleeps.length > 0 ||
          outcome.first.reporter.lines.some((line) => /^(failed|pending) |answer was lost/.test(line));
        expect(hit, log).toBe(true);
        expect(outcome.violations, log).toEqual([]);
        // The run without faults finishes the job and says so.
        expect(outcome.second.exitCode, log).toBe(0);
      });
    });

    // Issue 12: each typed error member of the kind's payload union, as Buffer answers it.
    const typed = typedErrorCasesOf(kind);
    typed.forEach((c) => {
      it(`${kind} × typed ${c.member} × middle × once`, async () => {
        const world = worldFor(kind);
        const outcome = await bench.runCase(world, typedErrorRules(c), { checkAfterFirst: true });
        const log = [...outcome.first.reporter.lines, '---- second run', ...outcome.second.reporter.lines].join('\n');
        // The item Buffer refused is reported at its file's line with Buffer's message. A
        // LimitReachedError is the product's "pending" (a full queue frees up; the next sync
        // retries: a warning, exit 0); every other member fails the run.
        const pending = c.member === 'LimitReachedError';
        if (pending) expect(outcome.first.exitCode, log).toBe(0);
        else expect(outcome.first.exitCode, log).not.toBe(0);
        const reported = outcome.first.reporter.findings.filter((f) => f.severity !== 'notice');
        expect(reported, log).toEqual([
          expect.objectContaining({
            severity: pending ? 'warning' : 'error',
            code: pending ? 'pending' : 'buffer-error',
            message: expect.stringContaining(`Injected ${c.member} for this item`),
          }),
        ]);
        // One clean line in the surface's words: an idea is "not created yet", never "queued".
        expect(reported[0]!.message, log).not.toMatch(/^\s| {2}/);
        if (pending)
          expect(reported[0]!.message, log).toMatch(
            kind === 'createIdea'
              ? /not created yet: .*the idea waits until Buffer has room/
              : /not queued yet: .*queued posts wait for a free slot/,
          );
        const { file, line } = reported[0]!;
        expect(file).toMatch(/^(posts|ideas)\/[a-z]\.md$/);
        expect(line).toBeGreaterThanOrEqual(1);
        // Nothing lost, nothing duplicated: after the first run every invariant holds
        // except for that one item (its file, its channel, its post), so every
        // success beside it is in Buffer once and written back.
        const service = /\b(twitter|linkedin|mastodon|bluesky)\b/.exec(reported[0]!.message)?.[1];
        const letter = file.slice(-4, -3);
        const afterFirst = outcome.afterFirst!;
        expect(afterFirst.length, log).toBeGreaterThan(0);
        for (const v of afterFirst) {
          const aboutItem =
            (v.startsWith(`${file}`) &&
              (!service || !v.startsWith(`${file} (`) || v.startsWith(`${file} (${service})`))) ||
            v.includes(`post ${letter}.`);
          expect(aboutItem, `${v}\n---\n${afterFirst.join('\n')}`).toBe(true);
        }
        // The run without faults finishes the job.
        expect(outcome.violations, log).toEqual([]);
        expect(outcome.second.exitCode, log).toBe(0);
      });
    });

    if (kind === 'createIdea') {
      it('createIdea answered with IdeaResponse (every 2nd call): every idea recorded once', async () => {
        const outcome = await bench.runCase(worldFor(kind), [], { checkAfterFirst: true, ideaResponseEvery: 2 });
        const log = outcome.first.reporter.lines.join('\n');
        expect(outcome.first.exitCode, log).toBe(0);
        expect(outcome.afterFirst, log).toEqual([]);
        expect(outcome.firstStats.byRootField.createIdea, log).toBe(5);
      });
    }

    it(`covers ${cases.length} cases`, () => {
      expect(cases.length).toBe(CASES_PER_KIND);
      expect(CASES_PER_KIND).toBe(6 * (3 + 1));
      expect(ran).toBe(cases.length);
    });
  });
}
