/**
 * `validate` checks idea files as ideas (issue 13): the README's sample idea
 * passes, a broken idea reports the idea's own errors (never "Unknown
 * front-matter key `title`", which is what checking it as a post said), and
 * files are read as a run reads them.
 */
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isIdeaPath, validateIdeaFile } from '../../src/validate/idea-file.js';
import { readmeBlock } from '../helpers/readme.js';

/** The README's idea example, so the documented sample is the one that passes. */
const SAMPLE_IDEA = readmeBlock('### Idea files', '```markdown');

describe('validateIdeaFile', () => {
  let dir: string;
  let outside: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'idea-validate-'));
    await mkdir(join(dir, 'ideas'));
    await writeFile(join(dir, 'ideas/sample.md'), SAMPLE_IDEA);
    await writeFile(
      join(dir, 'ideas/broken.md'),
      '---\ntitel: Customer stories\nservices: [linkedin, twiter]\ndate: next week\n---\nInterview three customers.\n',
    );
    await writeFile(join(dir, 'ideas/timed.md'), '---\ntitle: Webinar\ndate: 2027-02-01T09:30\n---\nPlan it.\n');
    await writeFile(join(dir, 'ideas/binary.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01]));
    outside = await mkdtemp(join(tmpdir(), 'idea-outside-'));
    await writeFile(join(outside, 'secret.md'), '---\ntitle: Secret\n---\nNot reviewed.\n');
    await symlink(join(outside, 'secret.md'), join(dir, 'ideas/link.md'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await rm(outside, { recursive: true, force: true });
  });

  it("passes the README's sample idea, whose `title` is an idea key", () => {
    expect(SAMPLE_IDEA).toMatch(/^---\ntitle: /);
    expect(validateIdeaFile(dir, 'ideas/sample.md')).toEqual([]);
  });

  it("reports a broken idea's own errors at their lines, with did-you-means", () => {
    const findings = validateIdeaFile(dir, 'ideas/broken.md');
    expect(findings.map((f) => [f.file, f.line, f.severity, f.code])).toEqual([
      ['ideas/broken.md', 2, 'error', 'unknown-key'],
      ['ideas/broken.md', 3, 'error', 'unknown-service'],
      ['ideas/broken.md', 4, 'error', 'invalid-date'],
    ]);
    expect(findings[0]!.message).toMatch(/^Unknown idea front-matter key `titel`\. Did you mean `title`\?/);
    expect(findings[1]!.message).toContain('Did you mean `twitter`?');
    expect(findings.map((f) => f.message).join('\n')).not.toContain('Unknown front-matter key');
  });

  it('reads `date` in the configured time zone', () => {
    const unzoned = validateIdeaFile(dir, 'ideas/timed.md');
    expect(unzoned.map((f) => [f.line, f.code])).toEqual([[3, 'invalid-date']]);
    expect(unzoned[0]!.message).toContain('has no UTC offset and no time zone is configured');
    expect(validateIdeaFile(dir, 'ideas/timed.md', { timezone: 'Europe/Berlin' })).toEqual([]);
  });

  it('refuses what a run refuses: a binary file, a link out of the repository', () => {
    expect(validateIdeaFile(dir, 'ideas/binary.md').map((f) => f.code)).toEqual(['binary-file']);
    expect(validateIdeaFile(dir, 'ideas/link.md').map((f) => f.code)).toEqual(['symlink-outside-repository']);
  });
});

describe('isIdeaPath', () => {
  const dirs = { ideasDir: 'ideas', postsDir: 'posts' };
  it('is true under the ideas folder only', () => {
    expect(isIdeaPath('ideas/a.md', dirs)).toBe(true);
    expect(isIdeaPath('ideas/2027/a.md', dirs)).toBe(true);
    expect(isIdeaPath('./ideas/a.md', { ideasDir: './ideas/', postsDir: 'posts' })).toBe(true);
    expect(isIdeaPath('posts/a.md', dirs)).toBe(false);
    expect(isIdeaPath('ideas-old/a.md', dirs)).toBe(false);
  });
  it('a file under both folders is a post, as a run reads it', () => {
    expect(isIdeaPath('content/ideas/a.md', { ideasDir: 'content/ideas', postsDir: 'content' })).toBe(false);
  });
});
