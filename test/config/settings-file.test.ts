/**
 * buffer-gitops.yml (issue 13): which keys it takes, how values become
 * settings, the precedence input/flag → environment → file → default, and
 * every problem at file:line in the words of the surface that reads it.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readSettings, readSettingsWithFile, SettingsError } from '../../src/config/settings.js';
import { parseSettingsFile } from '../../src/config/settings-file.js';
import { loadSettingsFile, SettingsFileError } from '../../src/config/settings-location.js';
import { SETTINGS_FILE_KEYS } from '../../src/config/settings-keys.js';

const reader = (inputs: Record<string, string>) => (name: string) => inputs[name];
const FILE = `# team settings
timezone: Europe/Berlin
posts-dir: content/posts
ideas-dir: content/ideas
organization-id: 65f0c0de0001000000000001
branches: [main, 'release/**']
delete-sent: true
on-drift: restore
max-wait: 120
api-url: http://127.0.0.1:4777
`;

describe('buffer-gitops.yml', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('every key becomes its setting when nothing else sets it', () => {
    const file = parseSettingsFile('buffer-gitops.yml', FILE, 'action');
    const s = readSettings(reader({}), '/ws', {}, { settingsFile: file });
    expect(s).toMatchObject({
      timezone: 'Europe/Berlin',
      postsDir: 'content/posts',
      ideasDir: 'content/ideas',
      organizationId: '65f0c0de0001000000000001',
      deleteSent: true,
      onDrift: 'restore',
      maxWaitMs: 120_000,
      apiUrl: 'http://127.0.0.1:4777',
      settingsFile: 'buffer-gitops.yml',
    });
    expect(s.branches?.map((b) => b.source)).toEqual(['main', 'release/**']);
  });

  it('precedence: input, then environment, then file, then default', () => {
    const file = parseSettingsFile('buffer-gitops.yml', FILE, 'action');
    const env = { BUFFER_API_URL: 'http://127.0.0.1:5000' };
    expect(
      readSettings(reader({ 'api-url': 'http://127.0.0.1:6000' }), '/ws', env, { settingsFile: file }).apiUrl,
    ).toBe('http://127.0.0.1:6000');
    expect(readSettings(reader({}), '/ws', env, { settingsFile: file }).apiUrl).toBe('http://127.0.0.1:5000');
    expect(readSettings(reader({}), '/ws', {}, { settingsFile: file }).apiUrl).toBe('http://127.0.0.1:4777');
    expect(readSettings(reader({}), '/ws', {}).apiUrl).toBe('https://api.buffer.com');
    expect(
      readSettings(reader({ timezone: 'UTC', 'delete-sent': 'false' }), '/ws', {}, { settingsFile: file }),
    ).toMatchObject({ timezone: 'UTC', deleteSent: false });
    // The key is never the file's business, whatever it says.
    expect(readSettings(reader({}), '/ws', { BUFFER_API_KEY: 'k' }, { settingsFile: file }).apiKey).toBe('k');
  });

  it('a bad value names the file and line, or the input/flag when one set it', () => {
    const file = parseSettingsFile('buffer-gitops.yml', 'timezone: UTC\nmax-wait: -5\n', 'action');
    expect(() => readSettings(reader({}), '/ws', {}, { settingsFile: file })).toThrow(
      'buffer-gitops.yml:2: `max-wait`: "-5" is not a number of seconds (0 or more).',
    );
    expect(() => readSettings(reader({ 'max-wait': 'x' }), '/ws', {}, { settingsFile: file })).toThrow(
      'Input `max-wait`: "x"',
    );
    expect(() => readSettings(reader({ 'max-wait': 'x' }), '/ws', {}, { settingsFile: file, surface: 'cli' })).toThrow(
      'Option --max-wait: "x"',
    );
    expect(() => readSettings(reader({}), '/ws', { BUFFER_API_URL: 'nope' })).toThrow(
      new SettingsError(
        'api-url',
        '"nope" is not a URL. Write the endpoint, e.g. https://api.buffer.com.',
        'BUFFER_API_URL',
      ),
    );
  });

  it.each([
    ['timezon: UTC\n', 'action', 'buffer-gitops.yml:1: unknown setting `timezon`. Did you mean `timezone`?'],
    [
      'posts-dir: a\nbranches: {main: true}\n',
      'action',
      'buffer-gitops.yml:2: `branches`: expected a single value, found a mapping.',
    ],
    [
      'github-token: x\n',
      'action',
      'buffer-gitops.yml:1: `github-token`: the Buffer API key is never read from this file',
    ],
    [
      'buffer-api-key: x\n',
      'action',
      'remove it and pass it as a secret: `buffer-api-key: ${{ secrets.BUFFER_API_KEY }}` in the workflow step.',
    ],
    ['buffer-api-key: x\n', 'cli', 'remove it and set the BUFFER_API_KEY environment variable instead.'],
    [
      'write-back: none\n',
      'action',
      'buffer-gitops.yml:1: `write-back` is set per run, not in buffer-gitops.yml; use the `write-back` input.',
    ],
    [
      'batch-size: 5\n',
      'cli',
      'buffer-gitops.yml:1: `batch-size` is set per run, not in buffer-gitops.yml; use --batch-size.',
    ],
    [
      '- timezone\n',
      'action',
      'buffer-gitops.yml:1: the file must be a mapping of settings, e.g. `timezone: Europe/Berlin`.',
    ],
  ] as const)('%j (%s) is refused: %s', (text, surface, message) => {
    expect(() => parseSettingsFile('buffer-gitops.yml', text, surface)).toThrow(SettingsFileError);
    expect(() => parseSettingsFile('buffer-gitops.yml', text, surface)).toThrow(message);
  });

  it('an empty file sets nothing; the file is found at the top or in .github/, never both', async () => {
    expect(parseSettingsFile('buffer-gitops.yml', '# nothing yet\n', 'cli').values.size).toBe(0);
    dir = await mkdtemp(join(tmpdir(), 'buffer-gitops-settings-'));
    expect(await loadSettingsFile(dir, 'cli')).toBeUndefined();
    await mkdir(join(dir, '.github'));
    await writeFile(join(dir, '.github/buffer-gitops.yml'), 'timezone: Asia/Tokyo\n');
    expect((await loadSettingsFile(dir, 'cli'))?.values.get('timezone')).toEqual({ value: 'Asia/Tokyo', line: 1 });
    expect((await readSettingsWithFile(reader({}), dir, {})).timezone).toBe('Asia/Tokyo');
    await writeFile(join(dir, 'buffer-gitops.yml'), 'timezone: UTC\n');
    await expect(loadSettingsFile(dir, 'cli')).rejects.toThrow(
      'both `buffer-gitops.yml` and `.github/buffer-gitops.yml` exist; keep one of them.',
    );
  });

  it("action.yml gives none of the file's keys a default (the runner would send it, and it would always win over the file)", () => {
    const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
      inputs: Record<string, { default?: unknown; description: string }>;
    };
    for (const key of SETTINGS_FILE_KEYS) {
      expect(action.inputs[key], key).toBeDefined();
      expect(action.inputs[key]!.default, key).toBeUndefined();
      expect(action.inputs[key]!.description, key).toContain('buffer-gitops.yml');
    }
  });
});
