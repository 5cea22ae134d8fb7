/**
 * The `metrics-file` setting (issue 15): input, flag and settings-file key,
 * with problems worded for each surface.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSettings, readSettingsWithFile, SettingsError } from '../../src/config/settings.js';

const settingsWith = (inputs: Record<string, string>, surface: 'action' | 'cli' = 'action') =>
  readSettings((name) => inputs[name], '/repo', {}, { surface });

function errorOf(fn: () => unknown): SettingsError {
  try {
    fn();
  } catch (error) {
    if (error instanceof SettingsError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('metrics-file', () => {
  it('defaults to metrics.csv in the posts folder, which follows posts-dir', () => {
    expect(settingsWith({}).metricsFile).toBe('posts/metrics.csv');
    expect(settingsWith({ 'posts-dir': 'social/posts' }).metricsFile).toBe('social/posts/metrics.csv');
    expect(settingsWith({ 'posts-dir': '.' }).metricsFile).toBe('metrics.csv');
  });

  it('takes a path from the repository top folder, tidied; none turns metrics off', () => {
    expect(settingsWith({ 'metrics-file': './reports//metrics.csv' }).metricsFile).toBe('reports/metrics.csv');
    expect(settingsWith({ 'metrics-file': 'data\\stats.csv' }).metricsFile).toBe('data/stats.csv');
    expect(settingsWith({ 'metrics-file': 'none' }).metricsFile).toBeNull();
  });

  it.each([
    ['/tmp/metrics.csv', 'is an absolute path'],
    ['C:/metrics.csv', 'is an absolute path'],
    ['../metrics.csv', 'is outside the repository'],
    ['posts/../../metrics.csv', 'is outside the repository'],
    ['posts/metrics.md', 'ends in .md, so it would be read as a post file'],
    ['ideas/metrics.csv', 'is inside the ideas folder (ideas)'],
    ['.git/metrics.csv', "is inside git's own folder (.git)"],
    ['posts/', 'is not a file name'],
  ])('rejects %s in the words of the action input', (value, why) => {
    const error = errorOf(() => settingsWith({ 'metrics-file': value }));
    expect(error.message).toBe(
      `Input \`metrics-file\`: "${value}" ${why}. Write a file path from the repository's top folder, e.g. \`posts/metrics.csv\`, or \`none\` to turn metrics off.`,
    );
  });

  it('names the flag on the CLI', () => {
    const error = errorOf(() => settingsWith({ 'metrics-file': 'posts/x.md' }, 'cli'));
    expect(error.message).toMatch(/^Option --metrics-file: "posts\/x\.md" ends in \.md/);
  });

  describe('in buffer-gitops.yml', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(path.join(os.tmpdir(), 'buffer-gitops-metrics-setting-'));
    });
    afterAll(async () => rm(dir, { recursive: true, force: true }));

    it('is read from the file, and the input wins over it', async () => {
      await writeFile(path.join(dir, 'buffer-gitops.yml'), 'timezone: UTC\nmetrics-file: stats/posts.csv\n');
      const read = (inputs: Record<string, string>) => readSettingsWithFile((name) => inputs[name], dir, {});
      expect((await read({})).metricsFile).toBe('stats/posts.csv');
      expect((await read({ 'metrics-file': 'none' })).metricsFile).toBeNull();
    });

    it('a bad value is an error at file:line', async () => {
      await writeFile(path.join(dir, 'buffer-gitops.yml'), 'timezone: UTC\nmetrics-file: ideas/m.csv\n');
      const error = await readSettingsWithFile(() => undefined, dir, {}).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SettingsError);
      expect((error as SettingsError).message).toMatch(
        /^buffer-gitops\.yml:2: `metrics-file`: "ideas\/m\.csv" is inside the ideas folder/,
      );
    });
  });
});
