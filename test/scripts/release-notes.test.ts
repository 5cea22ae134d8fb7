/**
 * The release workflow's notes come from CHANGELOG.md through
 * scripts/release-notes.mjs, run here as the workflow runs it: the right
 * section and nothing else, and a refusal (exit 1, one line saying what to do)
 * for a missing or empty section, a tag that is not vX.Y.Z, or a tag that is
 * not package.json's version.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SCRIPT = path.join(root, 'scripts/release-notes.mjs');

const CHANGELOG = `# Changelog

Intro text that is no release's notes.

## [Unreleased]

### Added

- Something not released yet.

## [1.2.0] - 2027-01-15

### Added

- Feature one.
- Feature two, with a [link](https://example.com).

### Fixed

- A bug.

## [1.1.10] - 2027-01-01

- Ten.

## [1.1.1] - 2026-12-24

- Older notes.

## [1.0.0] - 2026-12-01

## [0.9.0] - 2026-11-01

- The last section, before the link definitions.

[Unreleased]: https://github.com/o/r/compare/v1.2.0...HEAD
[1.2.0]: https://github.com/o/r/compare/v1.1.1...v1.2.0
`;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(cwd: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [SCRIPT, ...args], { cwd }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('scripts/release-notes.mjs', () => {
  let dir: string;
  const withVersion = (version: string) => writeFile(path.join(dir, 'package.json'), JSON.stringify({ version }));

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'release-notes-'));
    await writeFile(path.join(dir, 'CHANGELOG.md'), CHANGELOG);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("prints exactly the tag's section: not Unreleased, not the next version down", async () => {
    await withVersion('1.2.0');
    const r = await run(dir, ['--tag', 'v1.2.0']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      '### Added\n\n- Feature one.\n- Feature two, with a [link](https://example.com).\n\n### Fixed\n\n- A bug.\n',
    );
  });

  it('matches the whole version: v1.1.1 is not 1.1.10', async () => {
    await withVersion('1.1.1');
    const r = await run(dir, ['--tag', 'v1.1.1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('- Older notes.\n');
  });

  it('stops the last section at the link definitions', async () => {
    await withVersion('0.9.0');
    const r = await run(dir, ['--tag', 'v0.9.0']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('- The last section, before the link definitions.\n');
  });

  it('refuses a version the changelog has no section for, naming the heading to write', async () => {
    await withVersion('1.3.0');
    const r = await run(dir, ['--tag', 'v1.3.0']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      "release-notes: CHANGELOG.md has no '## [1.3.0]' section; move the Unreleased notes under '## [1.3.0] - YYYY-MM-DD' and commit.\n",
    );
  });

  it('refuses a section with no notes', async () => {
    await withVersion('1.0.0');
    const r = await run(dir, ['--tag', 'v1.0.0']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      "release-notes: CHANGELOG.md has a '## [1.0.0]' section with no notes; write what changed.\n",
    );
  });

  it("refuses a tag that is not package.json's version (npm would publish another version)", async () => {
    await withVersion('1.1.1');
    const r = await run(dir, ['--tag', 'v1.2.0']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'release-notes: the tag v1.2.0 does not match package.json version 1.1.1; set "version": "1.2.0" in package.json, commit, and tag that commit.\n',
    );
  });

  it('refuses a tag that is not vX.Y.Z, and a missing --tag', async () => {
    await withVersion('1.2.0');
    for (const tag of ['1.2.0', 'v1.2', 'v1', 'release-1.2.0']) {
      const r = await run(dir, ['--tag', tag]);
      expect(r.code, tag).toBe(1);
      expect(r.stderr, tag).toBe(`release-notes: the tag '${tag}' is not a release tag; push a tag like v1.2.3.\n`);
    }
    const none = await run(dir, []);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/^release-notes: --tag is required/);
  });

  it("the repository's own CHANGELOG.md has notes for package.json's version", async () => {
    const { version } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { version: string };
    const r = await run(root, ['--tag', `v${version}`]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(0);
    expect(r.stdout).toMatch(/^### Added$/m);
    expect(r.stdout).not.toMatch(/^## /m);
  });
});
