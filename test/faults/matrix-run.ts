/**
 * One test file's share of the fault matrix: every case of the given kinds
 * runs through the bench, and the file asserts zero invariant violations
 * per case. The matrix is split into files by kind so vitest runs them in
 * parallel processes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASES_PER_KIND, caseName, casesOf, faultRules, worldFor, type MutationKindUnderTest } from './cases.js';
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

    it(`covers ${cases.length} cases`, () => {
      expect(cases.length).toBe(CASES_PER_KIND);
      expect(CASES_PER_KIND).toBe(6 * (3 + 1));
      expect(ran).toBe(cases.length);
    });
  });
}
