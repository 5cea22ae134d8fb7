/**
 * The files under .github/ are YAML GitHub reads without us seeing it fail
 * until a push or a release: each one parses (no duplicate keys), every
 * third-party action is pinned to a commit, and the facts the release and CI
 * depend on hold (permissions, triggers, the Node versions CI runs being the
 * ones package.json and action.yml declare).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '../..');

function yamlFilesUnder(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .sort();
}

// Loose shapes: the tests assert the parts they read.
type Step = { uses?: string; run?: string; with?: Record<string, unknown>; if?: string; env?: Record<string, string> };
type Job = {
  permissions?: Record<string, string>;
  steps: Step[];
  strategy?: { matrix: { include?: Array<Record<string, unknown>> } };
};
type Workflow = { on: Record<string, unknown>; permissions?: Record<string, string>; jobs: Record<string, Job> };

function load<T>(file: string): T {
  const doc = parseDocument(readFileSync(path.join(root, file), 'utf8'), { uniqueKeys: true });
  if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors.map((e) => e.message).join('; ')}`);
  return doc.toJS() as T;
}

const runs = (job: Job) => job.steps.map((s) => s.run ?? '').join('\n');

describe('.github/**/*.yml', () => {
  const files = yamlFilesUnder('.github');

  it('finds the workflows and the Dependabot config', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        '.github/dependabot.yml',
        '.github/workflows/ci.yml',
        '.github/workflows/codeql.yml',
        '.github/workflows/release.yml',
      ]),
    );
  });

  it.each(files)('%s parses as YAML, without duplicate keys', (file) => {
    expect(() => load(file)).not.toThrow();
  });

  it('pins every action by full commit SHA, with the version in a comment', () => {
    const loose: string[] = [];
    for (const file of files.filter((f) => f.startsWith('.github/workflows/'))) {
      const lines = readFileSync(path.join(root, file), 'utf8').split('\n');
      lines.forEach((line, i) => {
        const m = /^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/.exec(line);
        if (!m) return;
        const [, ref, rest] = m;
        if (ref!.startsWith('./')) return; // a local action is this commit
        if (!/@[0-9a-f]{40}$/.test(ref!) || !/#\s*v\d+(\.\d+)*\s*$/.test(rest!))
          loose.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(loose).toEqual([]);
  });
});

describe('release workflow', () => {
  const wf = load<Workflow>('.github/workflows/release.yml');
  const job = wf.jobs.release!;
  const text = runs(job);

  it('runs on a vX.Y.Z tag push, nothing else', () => {
    expect(wf.on).toEqual({ push: { tags: ['v*.*.*'] } });
  });

  it('reads by default; the release job alone may write contents and mint the id-token provenance needs', () => {
    expect(wf.permissions).toEqual({ contents: 'read' });
    expect(job.permissions).toEqual({ contents: 'write', 'id-token': 'write' });
  });

  it('checks the tag, the notes, the tests and dist/ before anything public happens', () => {
    const index = (needle: string) => {
      const i = job.steps.findIndex((s) => (s.run ?? '').includes(needle));
      expect(i, needle).toBeGreaterThanOrEqual(0);
      return i;
    };
    const publish = index('npm publish');
    for (const check of [
      'node scripts/release-notes.mjs --tag "$GITHUB_REF_NAME"',
      'merge-base --is-ancestor',
      'scripts/ci-npm-ci.sh',
      'npm test',
      'npm run lint',
      'scripts/ci-check-dist.sh',
    ]) {
      expect(index(check), check).toBeLessThan(publish);
    }
    expect(publish).toBeLessThan(index('gh release create'));
    expect(index('gh release create')).toBeLessThan(index('git push --force'));
  });

  it('publishes with provenance, releases with the changelog notes, and force-pushes only the major tag', () => {
    expect(text).toContain('npm publish --provenance --access public');
    expect(text).toMatch(
      /gh release create "\$GITHUB_REF_NAME" --verify-tag .*\n?.*--notes-file "\$RUNNER_TEMP\/release-notes\.md"/,
    );
    const pushes = text.split('\n').filter((l) => /\bgit push\b/.test(l));
    expect(pushes).toEqual(['git push --force origin "refs/tags/$major:refs/tags/$major"']);
    expect(text).toContain('major="${GITHUB_REF_NAME%%.*}"');
    const move = job.steps.find((s) => (s.run ?? '').includes('git push --force'))!;
    expect(move.if).toContain("!contains(github.ref_name, '-')");
  });

  it('does not cache dependencies in the job that publishes', () => {
    const setup = job.steps.find((s) => s.uses?.startsWith('actions/setup-node@'))!;
    expect(setup.with).toMatchObject({ 'node-version': 24, 'package-manager-cache': false });
    expect(setup.with).not.toHaveProperty('cache');
  });
});

describe('CI workflow', () => {
  const wf = load<Workflow>('.github/workflows/ci.yml');

  it('runs on pushes to main and on pull requests, read-only', () => {
    expect(Object.keys(wf.on).sort()).toEqual(['pull_request', 'push']);
    expect(wf.permissions).toEqual({ contents: 'read' });
  });

  it("tests on exactly the lowest Node package.json's engines allows and the action's runtime", () => {
    const engines = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { engines: { node: string } })
      .engines.node;
    const lowest = Number(/^>=\s*(\d+)/.exec(engines)![1]);
    const runtime = Number(/^\s+using:\s*node(\d+)\s*$/m.exec(readFileSync(path.join(root, 'action.yml'), 'utf8'))![1]);
    const matrix = wf.jobs.test!.strategy!.matrix.include!;
    expect(matrix.map((m) => m.node).sort()).toEqual([lowest, runtime].sort());
    expect(matrix.find((m) => m.node === runtime)!.tests).toBe('npm test');
    expect(matrix.find((m) => m.node === lowest)!.tests).toContain('test/cli/');
    expect(runs(wf.jobs.test!)).toContain('scripts/ci-npm-ci.sh');
  });

  it('lints, checks the README tables and checks dist/', () => {
    expect(runs(wf.jobs.lint!)).toContain('npm run lint');
    expect(runs(wf.jobs.lint!)).toContain('node scripts/readme-tables.mjs --check');
    expect(runs(wf.jobs['check-dist']!)).toContain('scripts/ci-check-dist.sh');
  });
});

describe('CodeQL and Dependabot', () => {
  it('CodeQL analyses JavaScript/TypeScript on push, pull request and weekly', () => {
    const wf = load<Workflow>('.github/workflows/codeql.yml');
    expect(Object.keys(wf.on).sort()).toEqual(['pull_request', 'push', 'schedule']);
    const job = wf.jobs.analyze!;
    expect(job.permissions).toMatchObject({ 'security-events': 'write' });
    const init = job.steps.find((s) => s.uses?.startsWith('github/codeql-action/init@'))!;
    expect(init.with).toMatchObject({ languages: 'javascript-typescript' });
    expect(job.steps.some((s) => s.uses?.startsWith('github/codeql-action/analyze@'))).toBe(true);
  });

  it('Dependabot updates npm and GitHub Actions weekly, and holds TypeScript below 6', () => {
    const config = load<{
      version: number;
      updates: Array<{
        'package-ecosystem': string;
        schedule: { interval: string };
        ignore?: Array<{ 'dependency-name': string; versions?: string[]; 'update-types'?: string[] }>;
      }>;
    }>('.github/dependabot.yml');
    expect(config.version).toBe(2);
    expect(config.updates.map((u) => [u['package-ecosystem'], u.schedule.interval])).toEqual([
      ['npm', 'weekly'],
      ['github-actions', 'weekly'],
    ]);
    const ignore = config.updates[0]!.ignore!;
    expect(ignore.find((i) => i['dependency-name'] === 'typescript')!.versions).toEqual(['>=6.0.0']);
    for (const name of ['vitest', 'vite']) {
      expect(ignore.find((i) => i['dependency-name'] === name)!['update-types']).toEqual([
        'version-update:semver-major',
      ]);
    }
  });
});
