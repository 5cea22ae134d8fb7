/**
 * buffer-gitops.yml read by the bundled action (issue 13): its `timezone`
 * decides a `dueAt` written without an offset when the workflow sets no
 * input; an input overrides it; a mistake in the file fails the run before
 * anything reaches Buffer, as an annotation at the file's line in the
 * action's words (inputs and secrets).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, postsOf, type Harness } from './harness.js';

const at9 = (name: string) => `---\nchannel: twitter\ndueAt: 2027-03-01T09:00\n---\n${name} at nine, local time.\n`;

describe('the action reads buffer-gitops.yml', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness({ now: '2027-01-01T00:00:00Z' });
  });
  afterAll(async () => h?.close());

  it("honours the file's timezone with no input, and the timezone input over the file", async () => {
    const first = await h.pushFiles(
      { 'buffer-gitops.yml': 'timezone: Europe/Berlin\n', 'posts/berlin.md': at9('Berlin') },
      'settings file and a post',
    );
    const fromFile = await h.runPush(first);
    expect(fromFile.exitCode, fromFile.stdout).toBe(0);
    expect(postsOf(h.sandbox).map((p) => [p.text, p.dueAt])).toEqual([
      ['Berlin at nine, local time.', '2027-03-01T08:00:00.000Z'],
    ]);

    await h.pull();
    const second = await h.pushFiles({ 'posts/new-york.md': at9('New York') }, 'a second post');
    const fromInput = await h.runPush(second, { inputs: { timezone: 'America/New_York' } });
    expect(fromInput.exitCode, fromInput.stdout).toBe(0);
    expect(postsOf(h.sandbox).find((p) => p.text.startsWith('New York'))?.dueAt).toBe('2027-03-01T14:00:00.000Z');
  });

  it('a key in the file fails the run at its line, says to use a secret, and sends nothing', async () => {
    await h.pull();
    const requests = h.requests.length;
    const range = await h.pushFiles(
      {
        'buffer-gitops.yml': 'timezone: Europe/Berlin\nbuffer-api-key: not-for-a-file\n',
        'posts/third.md': at9('Third'),
      },
      'a key in the settings file',
    );
    const run = await h.runPush(range);
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      file: 'buffer-gitops.yml',
      line: 2,
      message:
        'buffer-gitops.yml:2: `buffer-api-key`: the Buffer API key is never read from this file (every clone and fork would carry it); remove it and pass it as a secret: `buffer-api-key: ${{ secrets.BUFFER_API_KEY }}` in the workflow step.',
    });
    expect(run.stdout + run.stderr).not.toContain('not-for-a-file');
    expect(h.requests.length).toBe(requests);
  });

  it("a missing key is reported in the action's words (its input and a secret); the CLI names BUFFER_API_KEY instead (test/cli/exit-codes.test.ts)", async () => {
    await h.pull();
    const range = await h.pushFiles(
      { 'buffer-gitops.yml': 'timezone: Europe/Berlin\n', 'posts/fourth.md': at9('Fourth') },
      'settings fixed',
    );
    const run = await h.runPush(range, { inputs: { 'buffer-api-key': '' } });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toContain(
      'apply needs a Buffer API key: set the `buffer-api-key` input (e.g. `buffer-api-key: ${{ secrets.BUFFER_API_KEY }}`) or the BUFFER_API_KEY environment variable. Create a key at https://publish.buffer.com/settings/api.',
    );
  });
});
