import { describe, expect, it } from 'vitest';
import { readSettings, SettingsError } from '../../src/config/settings.js';

const reader = (inputs: Record<string, string>) => (name: string) => inputs[name];

describe('settings from inputs', () => {
  it('applies the built-in defaults', () => {
    const s = readSettings(reader({}), '/ws', {});
    expect(s).toMatchObject({
      command: 'auto',
      apiUrl: 'https://api.buffer.com',
      postsDir: 'posts',
      ideasDir: 'ideas',
      dryRun: false,
      deleteSent: false,
      writeBack: 'commit',
      onDrift: 'report',
      maxWaitMs: 300_000,
      workspace: '/ws',
    });
    expect(s.apiKey).toBeUndefined();
  });

  it('reads the key from BUFFER_API_KEY when the input is empty, and the endpoint from BUFFER_API_URL', () => {
    const s = readSettings(reader({}), '/ws', { BUFFER_API_KEY: ' k1 ', BUFFER_API_URL: 'http://127.0.0.1:1234' });
    expect(s.apiKey).toBe('k1');
    expect(s.apiUrl).toBe('http://127.0.0.1:1234');
    expect(readSettings(reader({ 'buffer-api-key': 'k2' }), '/ws', { BUFFER_API_KEY: 'k1' }).apiKey).toBe('k2');
  });

  it.each([
    [{ command: 'publish' }, 'Input `command`: "publish" is not one of `auto`, `plan`, `apply`, `sync`, `import`.'],
    [{ 'dry-run': 'yes' }, 'Input `dry-run`: "yes" is not a boolean. Write `true` or `false`.'],
    [
      { timezone: 'Berlin' },
      'Input `timezone`: "Berlin" is not an IANA time zone. Use a name such as Europe/Berlin, America/New_York or UTC.',
    ],
    [
      { 'api-url': 'api.buffer.com' },
      'Input `api-url`: "api.buffer.com" is not a URL. Write the endpoint, e.g. https://api.buffer.com.',
    ],
    [
      { 'posts-dir': '../elsewhere' },
      'Input `posts-dir`: "../elsewhere" must be a folder inside the repository, e.g. `posts`.',
    ],
    [{ 'write-back': 'push' }, 'Input `write-back`: "push" is not one of `commit`, `pull-request`, `none`.'],
    [{ 'max-wait': '-1' }, 'Input `max-wait`: "-1" is not a number of seconds (0 or more).'],
  ])('%o is rejected with a message naming the input', (inputs, message) => {
    expect(() => readSettings(reader(inputs), '/ws', {})).toThrow(SettingsError);
    expect(() => readSettings(reader(inputs), '/ws', {})).toThrow(message);
  });

  it('normalises folder inputs', () => {
    expect(readSettings(reader({ 'posts-dir': './content/posts/' }), '/ws', {}).postsDir).toBe('content/posts');
  });
});
