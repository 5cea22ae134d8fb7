/**
 * `buffer-gitops channels` (issue 5): organizations and channels as a table
 * with the reference to write in front-matter, and the same as `--json`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionWordsIn, runMain } from './run-cli.js';
import { seedWithTwoLinkedIns } from './channel-seed.js';
import { defaultChannelId, startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { parsePostFile } from '../../src/posts/parse.js';
import { resolveChannel } from '../../src/channels/resolve.js';
import { toChannel } from '../../src/buffer/mappers.js';

interface Row {
  reference: string;
  id: string;
  service: string;
  name: string;
  state: string;
  boards?: { name: string; serviceId: string }[];
}

describe('buffer-gitops channels', () => {
  let sandbox: RunningSandbox;
  const run = async (args: string[], env: Record<string, string> = {}) => {
    const result = await runMain(args, {
      env: { BUFFER_API_KEY: sandbox.apiKey, BUFFER_API_URL: sandbox.url, ...env },
      cwd: process.cwd(),
    });
    expect(actionWordsIn(result.stdout + result.stderr), `buffer-gitops ${args.join(' ')}`).toEqual([]);
    return result;
  };

  beforeAll(async () => {
    // Two LinkedIn channels: the service name alone is then ambiguous.
    const seed = seedWithTwoLinkedIns();
    sandbox = await startSandbox({ seed, rateLimits: false });
  });
  afterAll(async () => sandbox?.close());

  it('prints a table with the reference to write, the service, name, ID and state', async () => {
    const { code, stdout } = await run(['channels']);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Acme Inc (65f0c0de0002000000000001)');
    expect(lines[1]).toMatch(/^ {2}REFERENCE\s+SERVICE\s+NAME\s+ID\s+STATE$/);
    expect(stdout).toMatch(new RegExp(`\\n  twitter\\s+twitter\\s+acme\\s+${defaultChannelId('twitter')}\\s+ok\\n`));
    expect(stdout).toMatch(/\n {2}linkedin:Acme Labs\s+linkedin\s+Acme Labs\s+65f0c0de0003000000000099\s+ok\n/);
    expect(stdout).toMatch(/\n {2}tiktok\s+tiktok\s+acme\s+\S+\s+locked\n/);
    expect(stdout).toContain(
      'Boards of pinterest (metadata.pinterest.boardServiceId):\n    900000000000000001  Product news\n',
    );
  });

  it('--json lists the same, and every reference resolves to its channel in a post file', async () => {
    const { code, stdout } = await run(['channels', '--json']);
    expect(code).toBe(0);
    const [org] = JSON.parse(stdout) as { organization: { id: string; name: string }; channels: Row[] }[];
    expect(org!.organization).toEqual({ id: '65f0c0de0002000000000001', name: 'Acme Inc' });
    expect(org!.channels).toHaveLength(13);
    const channels = sandbox.state().channels.map((c) => toChannel(c));
    for (const row of org!.channels) {
      const post = parsePostFile('p.md', `---\nchannel: ${JSON.stringify(row.reference)}\n---\nHi\n`);
      const resolved = resolveChannel(post.channels[0]!.ref, channels);
      expect(resolved.ok && resolved.channel.id).toBe(row.id);
    }
    expect(org!.channels.find((c) => c.service === 'pinterest')!.boards).toEqual([
      { name: 'Product news', serviceId: '900000000000000001' },
      { name: 'Behind the scenes', serviceId: '900000000000000002' },
    ]);
  });

  it('--organization-id that the account does not have is an error naming the ones it has', async () => {
    const { code, stderr } = await run(['channels', '--organization-id', 'nope']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/no organization with ID "nope".*65f0c0de0002000000000001 \(Acme Inc\)/);
  });

  it('without a key says how to set one, and sends nothing', async () => {
    const before = sandbox.state().stats.requests;
    const { code, stderr } = await run(['channels'], { BUFFER_API_KEY: '' });
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/channels needs a Buffer API key.*BUFFER_API_KEY/);
    expect(sandbox.state().stats.requests).toBe(before);
  });
});
