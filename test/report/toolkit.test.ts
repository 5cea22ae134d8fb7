/**
 * The bundle's own runner toolkit (src/report/toolkit.ts) writes exactly what
 * @actions/core writes for the same calls: stdout, GITHUB_OUTPUT and the job
 * summary, byte for byte (the output delimiter's random part aside).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runnerToolkit, type Toolkit } from '../../src/report/toolkit.js';

const dirs: string[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** Runs `calls` against `toolkit` with GITHUB_OUTPUT and GITHUB_STEP_SUMMARY set (or not); returns what it wrote where. */
async function transcript(toolkit: Toolkit, calls: (t: Toolkit) => Promise<void>, files: boolean) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'toolkit-'));
  dirs.push(dir);
  const output = path.join(dir, 'output');
  const summary = path.join(dir, 'summary');
  await writeFile(output, '');
  await writeFile(summary, '');
  const saved = {
    output: process.env.GITHUB_OUTPUT,
    summary: process.env.GITHUB_STEP_SUMMARY,
    exitCode: process.exitCode,
  };
  if (files) {
    process.env.GITHUB_OUTPUT = output;
    process.env.GITHUB_STEP_SUMMARY = summary;
  } else {
    delete process.env.GITHUB_OUTPUT;
    delete process.env.GITHUB_STEP_SUMMARY;
  }
  process.env['INPUT_POSTS-DIR'] = '  content/posts \n';
  process.env.INPUT_DRY_RUN = 'true';
  let stdout = '';
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  let exitCode: typeof process.exitCode;
  try {
    await calls(toolkit);
    exitCode = process.exitCode;
  } finally {
    write.mockRestore();
    process.exitCode = saved.exitCode;
    for (const [name, value] of [
      ['GITHUB_OUTPUT', saved.output],
      ['GITHUB_STEP_SUMMARY', saved.summary],
    ] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    delete process.env['INPUT_POSTS-DIR'];
    delete process.env.INPUT_DRY_RUN;
  }
  const delimiter = (text: string) => text.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_<uuid>');
  return {
    stdout: delimiter(stdout),
    output: delimiter(await readFile(output, 'utf8')),
    summary: await readFile(summary, 'utf8'),
    exitCode,
  };
}

async function everyCall(t: Toolkit): Promise<void> {
  t.info(`inputs: [${t.getInput('posts-dir')}] [${t.getInput('dry run')}] [${t.getInput('missing')}]`);
  t.setSecret('s3cr%t\nline');
  await t.group('Reading post files: 100%, a:b', async () => {
    t.info('inside\r\nthe group');
  });
  t.error('plain error');
  t.warning('a warning, with: punctuation\nand a second line', {
    file: 'posts/a,b:c.md',
    startLine: 3,
    startColumn: 7,
    title: 'buffer-gitops: too-long',
  });
  t.notice('a notice', { file: 'posts/x.md', startLine: 0, title: 'buffer-gitops: x' });
  t.error('at a file', { file: 'buffer-gitops.yml', startLine: 2 });
  t.warning('no place', {});
  t.setOutput('plan', '[{"action":"create","file":"posts/a.md"}]\nsecond line');
  t.setOutput('created', '0');
  await t.summary.addRaw('## Plan\n\n| a | b |', true).write();
  t.setFailed('buffer-gitops apply finished with problems; see the annotations and the job summary.');
}

describe('runnerToolkit', () => {
  it('writes what @actions/core writes, with GITHUB_OUTPUT and GITHUB_STEP_SUMMARY set', async () => {
    const ours = await transcript(runnerToolkit, everyCall, true);
    const theirs = await transcript(core, everyCall, true);
    expect(ours).toEqual(theirs);
    // What the comparison covers, so an empty transcript cannot pass it.
    expect(ours.stdout).toContain(
      '::warning title=buffer-gitops%3A too-long,file=posts/a%2Cb%3Ac.md,line=3,col=7::a warning, with: punctuation%0Aand a second line\n',
    );
    expect(ours.stdout).toContain('inputs: [content/posts] [true] []');
    expect(ours.output).toContain(
      'plan<<ghadelimiter_<uuid>\n[{"action":"create","file":"posts/a.md"}]\nsecond line\nghadelimiter_<uuid>\n',
    );
    expect(ours.summary).toBe('## Plan\n\n| a | b |\n');
    expect(ours.exitCode).toBe(1);
  });

  it('writes what @actions/core writes without them (outputs as ::set-output)', async () => {
    const calls = async (t: Toolkit) => {
      t.setOutput('plan', '[]');
      t.setOutput('deleted', '0');
    };
    const ours = await transcript(runnerToolkit, calls, false);
    expect(ours).toEqual(await transcript(core, calls, false));
    expect(ours.stdout).toBe('\n::set-output name=plan::[]\n\n::set-output name=deleted::0\n');
  });
});
