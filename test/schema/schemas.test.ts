/**
 * The JSON Schemas in schemas/ (issue 14) judge files the way `validate`
 * does. Every sample post (posts/, the bad-input corpus's valid post, the
 * README's example, test/schema/fixtures/posts), every file of the bad-input
 * corpus (test/fixtures/bad-input, with the files it generates at run time),
 * every idea (the README's, test/schema/fixtures/ideas) and every settings
 * file (the README's, test/schema/fixtures/settings) goes through the CLI's
 * `validate` (settings: the reader the action and the CLI share) and through
 * the schema, as yaml-language-server would read it (YAML 1.2 core schema).
 *
 * Each finding code is listed below as one the schema expresses (then a file
 * with that error must fail the schema), one it expresses in part, or one
 * beyond a schema (lengths per network, channels, times in the past, the
 * body, the file's bytes: then the schema must pass a file with only such
 * errors). The list is checked against the codes the parser and the rules
 * can emit, so a new rule fails this test until it is expressed or listed.
 */
import { copyFile, lstat, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { renderSchemas, SCHEMA_BASE_URL, SCHEMA_NAMES, schemaPath, type SchemaName } from '../../scripts/schemas.js';
import { runValidateCommand } from '../../src/cli/validate.js';
import { readSettings, SettingsError } from '../../src/config/settings.js';
import { parseSettingsFile } from '../../src/config/settings-file.js';
import { SettingsFileError } from '../../src/config/settings-location.js';
import { SETTINGS_FILE_FIELDS, type SettingType } from '../../src/config/settings-keys.js';
import { scanFrontMatter } from '../../src/posts/frontmatter.js';
import type { Finding } from '../../src/posts/model.js';
import { VALIDATION_CODES } from '../../src/validate/codes.js';
import { CORPUS_DIR, writeCorpus } from '../bad-input/corpus.js';
import { README, readmeBlock } from '../helpers/readme.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** What a schema can say about a finding code. */
type Reach =
  /** The schema refuses every file with this error in its front-matter. */
  | 'rejects'
  /** The schema refuses some forms; `validate` checks the rest. No verdict is implied. */
  | 'partly'
  /** Beyond a schema of the front-matter: a file with only such errors passes the schema. */
  | 'beyond'
  /** A warning or notice: the file is valid, for the schema too. */
  | 'not-an-error';

interface Rule {
  reach: Reach;
  /** How the schema expresses it, or why it cannot. */
  why: string;
}

const rejects = (why: string): Rule => ({ reach: 'rejects', why });
const partly = (why: string): Rule => ({ reach: 'partly', why });
const beyond = (why: string): Rule => ({ reach: 'beyond', why });
const notAnError = (why: string): Rule => ({ reach: 'not-an-error', why });

const UNREADABLE =
  'the file is not read as front-matter at all (its bytes, its kind, or YAML the editor reports itself)';
/** Codes that say the file is not text `validate` reads (binary, another encoding, too large, a link): no editor checks it as YAML either. */
const NOT_TEXT = new Set([
  'binary-file',
  'utf16',
  'not-utf8',
  'file-too-large',
  'not-a-file',
  'symlink',
  'symlink-outside-repository',
]);

/** Every code the post parser and the validation rules emit (src/posts, src/validate/codes.ts, the plan's channel check). */
const POST_RULES: Record<string, Rule> = {
  // The front-matter's shape: keys, types, enums, required keys.
  'unknown-key': rejects('additionalProperties: false (post keys, `assets` keys, seed entry keys)'),
  'missing-frontmatter': rejects('a file without front-matter has no `channel`/`channels`, which the schema requires'),
  'frontmatter-not-mapping': rejects('type: object'),
  'missing-channels': rejects('oneOf required channel / channels, minItems 1, non-null'),
  'channel-and-channels': rejects('oneOf required channel / channels'),
  'wrong-type': rejects("each key's type"),
  'invalid-mode': rejects('mode enum (with the seed spelling customSchedule)'),
  'invalid-scheduling-type': rejects('schedulingType enum'),
  'due-at-mode-conflict': rejects('if dueAt then mode ∈ {customScheduled, customSchedule, null}'),
  'missing-due-at': rejects('if mode customScheduled then dueAt required, non-null'),
  'invalid-asset': rejects('one asset variant per entry; entries are mappings or URLs'),
  'asset-missing-url': rejects('url required'),
  'asset-missing-field': rejects("the input type's required fields; a seed document's title and thumbnail"),
  'asset-url-missing': rejects('asset URLs match ^https:'),
  'asset-url-not-https': rejects('asset URLs match ^https:'),
  'asset-url-relative': rejects('asset URLs match ^https:'),
  'unknown-metadata-key': rejects('metadata: additionalProperties false'),
  'metadata-key-unknown': rejects("Buffer's input types: additionalProperties false"),
  'invalid-buffer-block': rejects('buffer entries are mappings with a non-empty id'),
  // Partly: the schema refuses the forms it can see.
  'invalid-due-at': partly(
    'the ISO 8601 form is a pattern; whether the day exists (30 February) and offsets in range are not',
  ),
  'metadata-invalid': partly(
    "types and enums are; date-times past the month's end and YouTube's category list (checked only for YouTube channels) are not",
  ),
  'metadata-required': partly(
    "a block's required fields are; what each network requires depends on the channels targeted",
  ),
  'asset-url-invalid': partly('a scheme other than https is; whether the rest parses as a URL is not'),
  'asset-field-missing': partly("a document's title and thumbnail present are; non-empty text is not"),
  // Beyond a schema of the front-matter.
  'unknown-service': beyond(
    'a reference is a service, `service:name` or a channel ID; telling a misspelt service from an ID is an edit distance',
  ),
  'unknown-channel': beyond("the organization's channels are known only to Buffer"),
  'due-at-past': beyond('depends on the clock'),
  'due-at-required': beyond(
    "the rules' own check of a post the parser already read; the parser reports missing-due-at",
  ),
  'due-at-no-timezone': beyond('depends on the `timezone` setting'),
  'invalid-timezone': beyond('depends on the `timezone` setting'),
  'video-thumbnail-url': beyond("not expressed: Buffer's input type allows the field, only the rule refuses it"),
  'empty-post': beyond('the body'),
  'nul-byte': beyond("the file's bytes"),
  'image-url-not-https': beyond('images in the body'),
  'image-url-relative': beyond('images in the body'),
  'too-long': beyond("the body's length per network"),
  'too-many-hashtags': beyond('the body per network'),
  'too-many-links': beyond('the body per network'),
  'title-too-long': beyond('per network'),
  'title-invalid': beyond('per network'),
  'media-required': beyond('media per network (body images count)'),
  'too-many-images': beyond('media per network'),
  'too-many-videos': beyond('media per network'),
  'too-many-media': beyond('media per network'),
  'document-not-supported': beyond('media per network'),
  'mixed-media': beyond('media per network'),
  'link-attachment-with-assets': beyond('depends on the assets each network gets, body images included'),
  'thread-not-supported': beyond('threads per network'),
  'thread-text-mismatch': beyond('compares metadata with the body'),
  'empty-thread-item': beyond('the body'),
  'asset-variant': beyond("the rules' own check of assets the parser already read; the parser reports invalid-asset"),
  'yaml-syntax': beyond(UNREADABLE),
  'duplicate-key': beyond(UNREADABLE),
  'frontmatter-unclosed': beyond(UNREADABLE),
  'binary-file': beyond(UNREADABLE),
  utf16: beyond(UNREADABLE),
  'not-utf8': beyond(UNREADABLE),
  'file-too-large': beyond(UNREADABLE),
  'not-a-file': beyond(UNREADABLE),
  symlink: beyond(UNREADABLE),
  'symlink-outside-repository': beyond(UNREADABLE),
  // Warnings and notices.
  'seed-spelling': notAnError("the seed's spellings are accepted"),
  'duplicate-channel': notAnError('a warning; the schema has no uniqueItems'),
  'channel-unchecked': notAnError('offline, a channel is not checked'),
  'metadata-unused': notAnError('a warning'),
  'due-at-ambiguous': notAnError('a warning'),
  'due-at-skipped': notAnError('a warning'),
  'offline-partial-check': notAnError('a notice'),
  'setext-heading': notAnError('a warning about the body'),
};

/** Ideas share the post reader's codes; where an idea's rule differs, it is said here. */
const IDEA_RULES: Record<string, Rule> = {
  ...POST_RULES,
  'unknown-key': rejects('additionalProperties: only null (a key without a value is ignored)'),
  'unknown-service': rejects("services: the exact enum (ideas take Buffer's spelling, or the seed's)"),
  'invalid-date': partly('the date forms are a pattern; whether the day exists is not'),
  'empty-idea': beyond('the title, body and media together'),
};

/** The codes the parser and the rules can emit, read from their source. */
async function emittedCodes(): Promise<Set<string>> {
  const files = ['src/plan/build-plan.ts'];
  for (const dir of ['src/posts', 'src/validate', 'src/validate/rules']) {
    for (const name of await readdir(path.join(ROOT, dir))) if (name.endsWith('.ts')) files.push(`${dir}/${name}`);
  }
  const codes = new Set<string>(Object.values(VALIDATION_CODES));
  const patterns = [
    /\.(?:error|warning|notice)\(\s*'([a-z0-9-]+)'/g,
    /\bproblem\(\s*'([a-z0-9-]+)'/g,
    /\bcode:\s*'([a-z0-9-]+)'/g,
  ];
  for (const file of files) {
    const text = await readFile(path.join(ROOT, file), 'utf8');
    for (const pattern of patterns) for (const match of text.matchAll(pattern)) codes.add(match[1]!);
    for (const line of text.split('\n')) {
      if (!/findings\.(?:error|warning)|\bcode\b/.test(line)) continue;
      // A code chosen by a condition: `… ? 'asset-missing-field' : 'invalid-asset'`.
      for (const match of line.matchAll(/\?\s*'([a-z0-9-]+)'\s*:\s*'([a-z0-9-]+)'/g))
        codes.add(match[1]!).add(match[2]!);
      // A type of codes: `code: 'yaml-syntax' | 'duplicate-key'`.
      if (/\bcode:\s*'[a-z0-9-]+'\s*\|/.test(line))
        for (const match of line.matchAll(/'([a-z0-9-]+)'/g)) codes.add(match[1]!);
    }
    // A code chosen by a condition in its own statement, over as many lines as the formatter gives it:
    // `const code =\n  … ? 'invalid-date'\n  : 'wrong-type';`.
    for (const statement of text.matchAll(/\bcode\s*=([^;]*);/g))
      for (const match of statement[1]!.matchAll(/[?:]\s*'([a-z0-9-]+)'/g)) codes.add(match[1]!);
    // A report whose code is on the line after the call: `findings.warning(\n  'setext-heading',`.
    for (const match of text.matchAll(/findings\.(?:error|warning|notice)\(\s*\n\s*'([a-z0-9-]+)'/g))
      codes.add(match[1]!);
  }
  return codes;
}

function compile(name: SchemaName): ValidateFunction {
  // Strict, except that `oneOf: [{required: [channel]}, …]` names keys its own branch does not define.
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, strict: true, strictRequired: false });
  return ajv.compile(JSON.parse(renderSchemas()[name]) as object);
}

type SchemaVerdict =
  | { judged: false; why: string }
  | { judged: true; valid: boolean; errors: string; bodyLine: number; frontMatter: boolean };

/** The schema's verdict on a Markdown file's front-matter, as an editor reads it; unjudged when there is no YAML to read. */
function judgeMarkdown(raw: string, schema: ValidateFunction): SchemaVerdict {
  const scan = scanFrontMatter(raw);
  if (scan.kind === 'unclosed') return { judged: false, why: 'unclosed front-matter' };
  let data: unknown = {};
  if (scan.kind === 'present') {
    const doc = parseDocument(raw.slice(scan.yamlStart, scan.yamlEnd), { schema: 'core', uniqueKeys: true });
    if (doc.errors.length) return { judged: false, why: `YAML: ${doc.errors[0]!.message.split('\n')[0]}` };
    data = doc.toJS() ?? {};
  }
  const valid = schema(data);
  return {
    judged: true,
    valid,
    errors: JSON.stringify(schema.errors ?? []),
    bodyLine: scan.kind === 'present' ? scan.bodyLine : 1,
    frontMatter: scan.kind === 'present',
  };
}

/**
 * Compares the two verdicts on one file; returns the disagreement, if any.
 * A finding counts for the front-matter when it is above the body (or says
 * the front-matter is missing); the schema cannot see the body.
 */
function disagreement(
  file: string,
  errors: Finding[],
  verdict: SchemaVerdict,
  rules: Record<string, Rule>,
): string | undefined {
  const unlisted = errors.filter((f) => !rules[f.code]);
  if (unlisted.length) return `${file}: code(s) ${unlisted.map((f) => f.code).join(', ')} not listed in this test`;
  if (!verdict.judged) {
    return errors.some((f) => rules[f.code]!.reach === 'beyond')
      ? undefined
      : `${file}: the schema cannot read it (${verdict.why}) but validate found no error that says so`;
  }
  const inFrontMatter = errors.filter((f) =>
    verdict.frontMatter ? f.line < verdict.bodyLine : f.code === 'missing-frontmatter',
  );
  const reaches = new Set(inFrontMatter.map((f) => rules[f.code]!.reach));
  const codes = errors.map((f) => `${f.code}@${f.line}`).join(', ') || 'no error';
  if (reaches.has('rejects'))
    return verdict.valid ? `${file}: validate reports ${codes}, the schema passes it` : undefined;
  if (reaches.has('partly')) return undefined;
  return verdict.valid
    ? undefined
    : `${file}: validate reports ${codes} (none the schema expresses), the schema refuses it: ${verdict.errors}`;
}

describe('JSON Schemas', () => {
  it("the committed schemas are the generator's output (npx tsx scripts/schemas.ts)", async () => {
    const rendered = renderSchemas();
    for (const name of SCHEMA_NAMES)
      expect(await readFile(path.join(ROOT, schemaPath(name)), 'utf8'), schemaPath(name)).toBe(rendered[name]);
  });

  it("the README's editor lines name the published schema and the package's copy", () => {
    expect(README).toContain(`# yaml-language-server: $schema=${SCHEMA_BASE_URL}settings.schema.json`);
    expect(README).toContain(`# yaml-language-server: $schema=./node_modules/buffer-gitops/${schemaPath('settings')}`);
  });

  it('every finding code the parser and the rules can emit is expressed by the schema or listed as beyond it', async () => {
    const emitted = await emittedCodes();
    // The idea rules are the post rules plus the idea reader's own codes.
    expect(
      [...emitted].filter((code) => !IDEA_RULES[code]).sort(),
      'codes to list in POST_RULES or IDEA_RULES',
    ).toEqual([]);
    expect(
      Object.keys(IDEA_RULES)
        .filter((code) => !emitted.has(code))
        .sort(),
      'listed codes nothing emits',
    ).toEqual([]);
  });

  describe('posts and ideas: the schema and `validate` agree', () => {
    let base: string;
    let workspace: string;
    let findings: Finding[];
    const posts: string[] = [];
    const ideas: string[] = [];

    beforeAll(async () => {
      base = await mkdtemp(path.join(tmpdir(), 'schemas-'));
      // The corpus writes a file beside the workspace (the target of a link out of it).
      workspace = path.join(base, 'repo');
      await mkdir(path.join(workspace, 'ideas'), { recursive: true });
      await writeCorpus(workspace);
      await writeFile(path.join(workspace, 'posts', 'readme-example.md'), readmeBlock('## Post files', '```markdown'));
      await writeFile(path.join(workspace, 'ideas', 'readme-example.md'), readmeBlock('### Idea files', '```markdown'));
      for (const name of await readdir(path.join(ROOT, 'posts')))
        await copyFile(path.join(ROOT, 'posts', name), path.join(workspace, 'posts', `sample-${name}`));
      for (const name of await readdir(path.join(FIXTURES, 'posts')))
        await copyFile(path.join(FIXTURES, 'posts', name), path.join(workspace, 'posts', `schema-${name}`));
      for (const name of await readdir(path.join(FIXTURES, 'ideas')))
        await copyFile(path.join(FIXTURES, 'ideas', name), path.join(workspace, 'ideas', name));
      for (const name of (await readdir(path.join(workspace, 'posts'))).sort()) posts.push(`posts/${name}`);
      for (const name of (await readdir(path.join(workspace, 'ideas'))).sort()) ideas.push(`ideas/${name}`);

      // The CLI's `validate`, offline, on every file by path.
      const settings = readSettings(() => undefined, workspace, {}, { surface: 'cli' });
      let json = '';
      const sink = (write: (text: string) => void) =>
        ({ write: (chunk: string) => (write(chunk), true) }) as unknown as NodeJS.WritableStream;
      await runValidateCommand(settings, [...posts, ...ideas], {
        stdout: sink((t) => (json += t)),
        stderr: sink(() => {}),
        cwd: workspace,
        json: true,
      });
      findings = (JSON.parse(json) as { findings: Finding[] }).findings;
    });
    afterAll(async () => {
      if (base) await rm(base, { recursive: true, force: true });
    });

    async function compare(files: string[], name: SchemaName, rules: Record<string, Rule>) {
      const schema = compile(name);
      const problems: string[] = [];
      const judged = { valid: 0, invalid: 0, unread: 0 };
      for (const file of files) {
        const absolute = path.join(workspace, file);
        const errors = findings.filter((f) => f.file === file && f.severity === 'error');
        const link = (await lstat(absolute)).isSymbolicLink();
        const notText = link || errors.some((f) => NOT_TEXT.has(f.code));
        const verdict: SchemaVerdict = notText
          ? { judged: false, why: 'not a text file validate reads' }
          : judgeMarkdown(await readFile(absolute, 'utf8'), schema);
        if (!verdict.judged) judged.unread += 1;
        else if (verdict.valid) judged.valid += 1;
        else judged.invalid += 1;
        const problem = disagreement(file, errors, verdict, rules);
        if (problem) problems.push(problem);
      }
      return { problems, judged };
    }

    it('every sample post and every file of the bad-input corpus', async () => {
      const manifest = JSON.parse(await readFile(path.join(CORPUS_DIR, 'manifest.json'), 'utf8')) as {
        entries: { file: string }[];
      };
      const corpus = manifest.entries.map((e) => e.file).filter((f) => f.startsWith('posts/'));
      expect(
        corpus.filter((f) => !posts.includes(f)),
        'corpus files judged',
      ).toEqual([]);
      const { problems, judged } = await compare(posts, 'post', POST_RULES);
      console.log(
        `post schema vs validate: ${posts.length} files (${judged.valid} pass both, ${judged.invalid} fail the schema, ${judged.unread} not readable as YAML)`,
      );
      expect(problems).toEqual([]);
      // Each code the schema claims to express is exercised by at least one file here.
      const seen = new Set(findings.filter((f) => f.file.startsWith('posts/')).map((f) => f.code));
      expect(
        Object.entries(POST_RULES)
          .filter(([code, rule]) => rule.reach === 'rejects' && !seen.has(code))
          .map(([code]) => code),
      ).toEqual([]);
    });

    it('every idea', async () => {
      const { problems, judged } = await compare(ideas, 'idea', IDEA_RULES);
      console.log(
        `idea schema vs validate: ${ideas.length} files (${judged.valid} pass both, ${judged.invalid} fail the schema, ${judged.unread} not readable as YAML)`,
      );
      expect(problems).toEqual([]);
      const seen = new Set(findings.filter((f) => f.file.startsWith('ideas/')).map((f) => f.code));
      const ideaCodes = [
        'unknown-key',
        'unknown-service',
        'wrong-type',
        'invalid-buffer-block',
        'frontmatter-not-mapping',
      ];
      expect(ideaCodes.filter((code) => IDEA_RULES[code]!.reach === 'rejects' && !seen.has(code))).toEqual([]);
    });
  });

  describe('settings files: the schema and the settings reader agree', () => {
    /** How the reader refuses a file, by its message, and what the schema says about it. */
    const FILE_RULES: { rule: string; message: RegExp; reach: Reach; why: string }[] = [
      { rule: 'yaml', message: /not valid YAML|set more than once/, reach: 'beyond', why: UNREADABLE },
      { rule: 'not-mapping', message: /must be a mapping of settings/, reach: 'rejects', why: 'type: object' },
      {
        rule: 'secret',
        message: /API key is never read from this file/,
        reach: 'rejects',
        why: 'additionalProperties: false',
      },
      { rule: 'per-run', message: /is set per run/, reach: 'rejects', why: 'additionalProperties: false' },
      { rule: 'unknown', message: /unknown setting/, reach: 'rejects', why: 'additionalProperties: false' },
      {
        rule: 'single-value',
        message: /expected a single value/,
        reach: 'rejects',
        why: 'each key takes a scalar (branches: or a list)',
      },
      {
        rule: 'branches-item',
        message: /every item must be a branch name/,
        reach: 'rejects',
        why: 'branches items are scalars',
      },
    ];
    /** A refused value, by the kind of its key (settings-keys.ts): adding a kind fails to compile until it is listed. */
    const VALUE_RULES: Record<SettingType['kind'], { reach: Reach; why: string }> = {
      text: { reach: 'rejects', why: 'any scalar; the reader refuses nothing more' },
      boolean: { reach: 'rejects', why: 'a boolean or one of the texts the reader takes' },
      seconds: { reach: 'rejects', why: 'a number ≥ 0, or its text' },
      enum: { reach: 'rejects', why: 'the enum' },
      url: { reach: 'partly', why: 'an http(s) scheme is a pattern; whether the rest parses as a URL is not' },
      'time-zone': { reach: 'beyond', why: "the runtime's IANA zone database" },
      folder: { reach: 'beyond', why: 'inside the repository: a path rule on the text' },
      branches: { reach: 'beyond', why: 'the branch pattern syntax, and a list of only exclusions' },
    };

    function readerVerdict(text: string): { ok: true } | { ok: false; reach: Reach; rule: string; message: string } {
      try {
        const file = parseSettingsFile('buffer-gitops.yml', text, 'cli');
        readSettings(() => undefined, '/ws', {}, { surface: 'cli', settingsFile: file });
        return { ok: true };
      } catch (error) {
        const message = (error as Error).message;
        if (error instanceof SettingsError && error.input in SETTINGS_FILE_FIELDS) {
          const kind = SETTINGS_FILE_FIELDS[error.input as keyof typeof SETTINGS_FILE_FIELDS].type.kind;
          return { ok: false, reach: VALUE_RULES[kind].reach, rule: `value of ${error.input} (${kind})`, message };
        }
        const known = error instanceof SettingsFileError ? FILE_RULES.find((r) => r.message.test(message)) : undefined;
        if (!known) throw new Error(`A settings error this test does not list: ${message}`, { cause: error });
        return { ok: false, reach: known.reach, rule: known.rule, message };
      }
    }

    it("every settings fixture and the README's example", async () => {
      const schema = compile('settings');
      const files: [string, string][] = [['README.md example', readmeBlock('## Settings file')]];
      for (const name of (await readdir(path.join(FIXTURES, 'settings'))).sort())
        files.push([name, await readFile(path.join(FIXTURES, 'settings', name), 'utf8')]);
      const problems: string[] = [];
      const rules = new Set<string>();
      for (const [name, text] of files) {
        const reader = readerVerdict(text);
        if (!reader.ok) rules.add(reader.rule);
        const doc = parseDocument(text, { schema: 'core', uniqueKeys: true });
        if (doc.errors.length) {
          if (reader.ok || reader.reach !== 'beyond')
            problems.push(
              `${name}: not YAML for the schema, but the reader says ${reader.ok ? 'nothing' : reader.message}`,
            );
          continue;
        }
        const valid = schema(doc.toJS() ?? {});
        if (reader.ok && !valid)
          problems.push(`${name}: the reader takes it, the schema refuses it: ${JSON.stringify(schema.errors)}`);
        if (!reader.ok && reader.reach === 'rejects' && valid)
          problems.push(`${name}: the reader refuses it (${reader.message}), the schema passes it`);
        if (!reader.ok && reader.reach === 'beyond' && !valid)
          problems.push(
            `${name}: refused for a reason beyond the schema (${reader.message}), yet the schema refuses it: ${JSON.stringify(schema.errors)}`,
          );
      }
      console.log(`settings schema vs reader: ${files.length} files; refusals seen: ${[...rules].sort().join('; ')}`);
      expect(problems).toEqual([]);
      // Each way the schema claims to refuse a file is exercised here.
      expect(FILE_RULES.filter((r) => r.reach === 'rejects' && !rules.has(r.rule)).map((r) => r.rule)).toEqual([]);
    });
  });
});
