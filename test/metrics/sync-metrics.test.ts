/**
 * The metrics file in the sync, in-process against the sandbox (as the CLI
 * runs it: files written, no commit): where it goes, when it is not written
 * (dry run, write-back none, metrics-file none), and a hand-edited file that
 * cannot be read back, which is reported at its line and never overwritten;
 * nor is a link (it could point outside the repository) or a folder.
 */
import { mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMetricsCsv } from '../../src/metrics/csv.js';
import { writeWholeFiles } from '../../src/writeback/whole-files.js';
import { defaultSeed } from '../../src/sandbox/index.js';
import { inProcess, type InProcess } from '../sync/in-process.js';

const FILES = {
  'posts/launch.md':
    '---\nchannels: [twitter, mastodon]\nmode: customScheduled\ndueAt: 2027-01-01T09:00:00Z\n---\nAcme 2.0 is out.\n',
};

describe('sync and the metrics file', () => {
  let t: InProcess;
  const exists = (file: string) =>
    t.read(file).then(
      () => true,
      () => false,
    );

  beforeAll(async () => {
    t = await inProcess({ now: '2027-01-01T00:00:00Z', seed: defaultSeed() });
    await t.write(FILES);
    const apply = await t.run('apply');
    expect(apply.exitCode, apply.reporter.lines.join('\n')).toBe(0);
    // Sent at 09:00, measured by the sandbox's daily refresh at 06:00 the next day.
    t.sandbox.setClock('2027-01-02T07:00:00Z');
  });
  afterAll(async () => t?.close());

  it('before the first refresh there is nothing to write, and the sync says so', async () => {
    t.sandbox.setClock('2027-01-01T12:00:00Z');
    const run = await t.run('sync');
    expect(run.exitCode, run.reporter.lines.join('\n')).toBe(0);
    expect(await exists('posts/metrics.csv')).toBe(false);
    expect(run.report.notes).toContain(
      'Metrics: 2 sent post(s) have no numbers yet (Buffer refreshes them once a day).',
    );
    t.sandbox.setClock('2027-01-02T07:00:00Z');
  });

  it('metrics-file: none reads and writes no metrics', async () => {
    const run = await t.run('sync', { 'metrics-file': 'none' });
    expect(run.exitCode).toBe(0);
    expect(run.report.metrics).toBeUndefined();
    expect(run.reporter.lines.join('\n')).not.toMatch(/Metrics:/);
    expect(await exists('posts/metrics.csv')).toBe(false);
  });

  it.each([
    [{ 'dry-run': 'true' }, 'dry run'],
    [{ 'write-back': 'none' }, 'write-back: none'],
  ])('%o: not written, and the run says so', async (inputs, why) => {
    const run = await t.run('sync', inputs);
    expect(run.exitCode, run.reporter.lines.join('\n')).toBe(0);
    expect(run.report.writeBack?.files).toContain('posts/metrics.csv');
    expect(run.report.notes).toContain(`Metrics: posts/metrics.csv was not written (${why}).`);
    expect(await exists('posts/metrics.csv')).toBe(false);
    // The summary still has the numbers.
    expect(run.report.metrics?.rows).toHaveLength(2);
  });

  it('writes the file in the working tree at the path metrics-file gives, creating its folder', async () => {
    const run = await t.run('sync', { 'metrics-file': 'reports/social/metrics.csv' });
    expect(run.exitCode, run.reporter.lines.join('\n')).toBe(0);
    expect(run.report.writeBack?.status).toBe('written');
    const rows = parseMetricsCsv(await t.read('reports/social/metrics.csv')).rows;
    expect(rows.map((r) => [r.file, r.channel])).toEqual([
      ['posts/launch.md', 'mastodon'],
      ['posts/launch.md', 'twitter'],
    ]);
    expect(run.report.metrics?.rows.map((r) => r.text)).toEqual(['Acme 2.0 is out.', 'Acme 2.0 is out.']);
    expect(run.report.metrics?.rows.every((r) => r.service !== undefined)).toBe(true);
  });

  it('a metrics file that cannot be read back is reported at its line and left byte for byte', async () => {
    const first = await t.run('sync');
    expect(first.exitCode, first.reporter.lines.join('\n')).toBe(0);
    const good = await t.read('posts/metrics.csv');
    const lines = good.split('\n');
    lines[2] = `${lines[2]},extra`;
    const broken = lines.join('\n');
    await t.write({ 'posts/metrics.csv': broken });
    t.sandbox.advanceClock(24 * 3600);
    const run = await t.run('sync');
    expect(run.exitCode).toBe(1);
    expect(run.reporter.findings).toContainEqual(
      expect.objectContaining({
        file: 'posts/metrics.csv',
        line: 3,
        severity: 'error',
        code: 'metrics-file-unreadable',
        message: expect.stringMatching(/field\(s\), the header has .*fix this line, or delete the file/),
      }),
    );
    expect(await t.read('posts/metrics.csv')).toBe(broken);
    // Deleting it is the way out: the next sync writes it again.
    await t.write({ 'posts/metrics.csv': null });
    const again = await t.run('sync');
    expect(again.exitCode).toBe(0);
    expect(parseMetricsCsv(await t.read('posts/metrics.csv')).rows).toHaveLength(2);
  });

  it('never writes through a symbolic link or onto a folder, and says so at the file', async () => {
    const outside = await mkdtemp(path.join(os.tmpdir(), 'buffer-gitops-outside-'));
    try {
      // A dangling link to outside the repository: following it would create the file there.
      await symlink(path.join(outside, 'metrics.csv'), path.join(t.dir, 'linked.csv'));
      await symlink(outside, path.join(t.dir, 'out'));
      await mkdir(path.join(t.dir, 'folder.csv'));
      for (const [file, why] of [
        ['linked.csv', 'linked.csv is a symbolic link'],
        ['out/metrics.csv', 'out is a symbolic link'],
        ['folder.csv', 'folder.csv is not a file'],
      ] as const) {
        const run = await t.run('sync', { 'metrics-file': file });
        expect(run.exitCode, file).toBe(1);
        expect(run.reporter.findings).toContainEqual(
          expect.objectContaining({
            file,
            severity: 'error',
            code: 'metrics-file-not-a-file',
            message: expect.stringContaining(`The metrics file was not written: ${why},`),
          }),
        );
        expect(run.report.writeBack?.files ?? []).not.toContain(file);
        // The write-back's own check (a new tip after a rejected push may bring the link): nothing written.
        expect(await writeWholeFiles(t.dir, [{ path: file, next: () => 'file\n' }])).toEqual([]);
      }
      expect(await readdir(outside)).toEqual([]);
      expect(await readdir(path.join(t.dir, 'folder.csv'))).toEqual([]);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });
});
