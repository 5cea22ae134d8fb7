/**
 * `buffer-gitops validate` checks idea files as ideas (issue 13): the ideas
 * folder by default, and an idea given by path, with the idea's own rules
 * (no "Unknown front-matter key `title`"), through the bundled CLI.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitFixture, type GitFixture } from '../helpers/git-fixture.js';
import { runCli } from './run-cli.js';

// The README's sample idea.
const SAMPLE_IDEA = `---
title: Customer story series
services: [linkedin, twitter]
date: 2027-02-01
---
Interview three customers. ![Banner sketch](https://example.com/banner.png)
`;
const BROKEN_IDEA = `---
title: Launch recap
services: [twiter]
---
What we learned.
`;
const POST = '---\nchannel: twitter\n---\nA post.\n';

describe('buffer-gitops validate and idea files', () => {
  let fx: GitFixture;
  const cli = (args: string[], cwd = fx.work) => runCli(args, { cwd, gitEnv: fx.env });

  beforeAll(async () => {
    fx = await createGitFixture();
    await fx.writeFiles({ 'posts/a.md': POST, 'ideas/series.md': SAMPLE_IDEA });
    await fx.commitAll('a post and an idea');
  });
  afterAll(async () => fx?.cleanup());

  it('checks ideas/ by default and the sample idea passes', async () => {
    const run = await cli(['validate']);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stderr).toContain('2 file(s) checked (1 post(s), 1 idea(s)), 0 error(s)');
    expect(run.stdout).not.toContain('ideas/series.md');
  });

  it('an idea given by path is checked as an idea, also from a subfolder', async () => {
    const run = await cli(['validate', 'series.md'], `${fx.work}/ideas`);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stderr).toContain('1 file(s) checked (0 post(s), 1 idea(s)), 0 error(s)');
  });

  it("a broken idea reports the idea's own error, at its line, with a did-you-mean", async () => {
    await fx.writeFiles({ 'ideas/broken.md': BROKEN_IDEA });
    try {
      for (const args of [['validate', 'ideas/broken.md'], ['validate']]) {
        const run = await cli(args);
        expect(run.code).toBe(1);
        expect(run.stdout).toMatch(
          /^ideas\/broken\.md:3:\d+: error: Unknown service `twiter`\. Did you mean `twitter`\?/m,
        );
        expect(run.stdout).not.toMatch(/front-matter key `title`/);
        expect(run.stdout).not.toContain('ideas/series.md');
      }
      const json = await cli(['validate', '--json', 'ideas/broken.md']);
      expect(JSON.parse(json.stdout)).toMatchObject({ files: 1, posts: 0, ideas: 1, errors: 1 });
    } finally {
      await fx.writeFiles({ 'ideas/broken.md': null });
    }
  });
});
