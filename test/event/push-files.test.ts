/**
 * Whether a push will need Buffer, from its payload alone (src/event/push-files.ts):
 * the action reads Buffer ahead of git only on a "yes". GitHub's own push
 * payloads (@octokit/webhooks-examples: webhook deliveries, with file lists),
 * the same as GitHub Actions gives them to a workflow (without), and derived
 * ones that change only the named commit fields of a shipped example.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bufferClient } from '../../src/commands/context.js';
import { clientReadingAhead } from '../../src/commands/read-ahead.js';
import { readSettings } from '../../src/config/settings.js';
import type { EventContext } from '../../src/event/context.js';
import { pushNeedsBuffer } from '../../src/event/push-files.js';
import { WRITE_BACK_MESSAGE_PREFIX, writeBackMessage } from '../../src/git/write-back-names.js';
import { startSandbox, type ObservedRequest, type RunningSandbox } from '../../src/sandbox/index.js';
import { webhookExamples, type WebhookPayload } from '../helpers/webhook-examples.js';

const DIRS = ['posts', 'ideas'];
const examples = webhookExamples('push');
/** The shipped push of a branch with one commit (adds README.md). */
const branchPush = examples.find((p) => p.ref.startsWith('refs/heads/') && p.commits.length > 0)!;

interface Files {
  added?: string[];
  removed?: string[];
  modified?: string[];
  message?: string;
}

/** The shipped branch push with its commits replaced by these (ids, messages and lists; every other field as shipped). */
function pushOf(...commits: Files[]): WebhookPayload {
  const payload = structuredClone(branchPush);
  const template = payload.commits[0];
  payload.commits = commits.map((c, i) => ({
    ...structuredClone(template),
    id: `${String(i + 1).padStart(2, '0')}${template.id.slice(2)}`,
    message: c.message ?? `change ${i + 1}`,
    added: c.added ?? [],
    removed: c.removed ?? [],
    modified: c.modified ?? [],
  }));
  payload.head_commit = { ...payload.commits.at(-1) };
  return payload;
}

/** The same push as GitHub Actions gives it to a workflow: no file lists in the commits (GitHub changelog, 2019-10-16). */
function actionsPushOf(...commits: Files[]): WebhookPayload {
  const payload = pushOf(...commits);
  for (const commit of [...payload.commits, payload.head_commit]) {
    delete commit.added;
    delete commit.removed;
    delete commit.modified;
  }
  return payload;
}

describe('pushNeedsBuffer', () => {
  it('no shipped push example needs Buffer: tags and deletions list no commit, the branch push adds README.md', () => {
    expect(examples.length).toBeGreaterThan(3);
    expect(branchPush.commits[0].added).toEqual(['README.md']);
    for (const payload of examples) expect(pushNeedsBuffer(payload, DIRS), payload.ref).toBe(false);
  });

  it('a post or idea added, edited or deleted needs Buffer', () => {
    expect(pushNeedsBuffer(pushOf({ added: ['posts/launch.md'] }), DIRS)).toBe(true);
    expect(pushNeedsBuffer(pushOf({ modified: ['posts/2027/launch.md'] }), DIRS)).toBe(true);
    expect(pushNeedsBuffer(pushOf({ removed: ['posts/launch.md'] }), DIRS)).toBe(true);
    expect(pushNeedsBuffer(pushOf({ added: ['ideas/someday.md'] }), DIRS)).toBe(true);
    expect(pushNeedsBuffer(pushOf({ modified: ['content/posts/a.md'] }), ['content/posts', 'ideas'])).toBe(true);
    expect(pushNeedsBuffer(pushOf({ modified: ['a.md'] }), ['.', 'ideas'])).toBe(true);
  });

  it('files outside the folders, or not Markdown, do not', () => {
    expect(pushNeedsBuffer(pushOf({ added: ['README.md', 'docs/posts/a.md', 'postscript/a.md'] }), DIRS)).toBe(false);
    expect(pushNeedsBuffer(pushOf({ added: ['posts/image.png', 'posts/notes.MD.txt'] }), DIRS)).toBe(false);
    expect(pushNeedsBuffer(pushOf({ modified: ['posts/a.md'] }), ['content/posts', 'content/ideas'])).toBe(false);
  });

  it('what could be only renames does not: as many paths added as removed, none modified', () => {
    expect(pushNeedsBuffer(pushOf({ added: ['posts/new.md'], removed: ['posts/old.md'] }), DIRS)).toBe(false);
    // Renamed over two commits, or moved between the posts and ideas folders.
    expect(pushNeedsBuffer(pushOf({ added: ['posts/b.md'] }, { removed: ['posts/a.md'] }), DIRS)).toBe(false);
    expect(pushNeedsBuffer(pushOf({ added: ['ideas/a.md'], removed: ['posts/a.md'] }), DIRS)).toBe(false);
    // A rename with an edit in a second commit, or an added post beside a rename, does.
    expect(
      pushNeedsBuffer(pushOf({ added: ['posts/b.md'], removed: ['posts/a.md'] }, { modified: ['posts/b.md'] }), DIRS),
    ).toBe(true);
    expect(pushNeedsBuffer(pushOf({ added: ['posts/b.md', 'posts/c.md'], removed: ['posts/a.md'] }), DIRS)).toBe(true);
  });

  it('the push as a whole counts: a post added and removed again leaves nothing; removed and added back is an edit', () => {
    expect(pushNeedsBuffer(pushOf({ added: ['posts/a.md'] }, { removed: ['posts/a.md'] }), DIRS)).toBe(false);
    expect(
      pushNeedsBuffer(
        pushOf({ added: ['posts/a.md'] }, { modified: ['posts/a.md'] }, { removed: ['posts/a.md'] }),
        DIRS,
      ),
    ).toBe(false);
    expect(pushNeedsBuffer(pushOf({ removed: ['posts/a.md'] }, { added: ['posts/a.md'] }), DIRS)).toBe(true);
  });

  it("the write-back's own commits do not count, nor the merge of its pull request", () => {
    const writeBack = `${WRITE_BACK_MESSAGE_PREFIX}Buffer post IDs in 1 file [skip ci]`;
    expect(writeBack).toBe('buffer-gitops: record Buffer post IDs in 1 file [skip ci]');
    expect(pushNeedsBuffer(pushOf({ modified: ['posts/a.md'], message: writeBack }), DIRS)).toBe(false);
    const merge =
      'Merge pull request #12 from acme/buffer-gitops/ids-0123456789ab\n\nbuffer-gitops: record Buffer post IDs';
    expect(pushNeedsBuffer(pushOf({ modified: ['posts/a.md'], message: merge }), DIRS)).toBe(false);
    const statuses = 'buffer-gitops: record Buffer post statuses and metrics in 3 files [skip ci]';
    expect(pushNeedsBuffer(pushOf({ modified: ['posts/a.md'], message: statuses }, { added: ['x.txt'] }), DIRS)).toBe(
      false,
    );
    // A person's commit beside it does count.
    expect(
      pushNeedsBuffer(pushOf({ modified: ['posts/a.md'], message: writeBack }, { modified: ['posts/a.md'] }), DIRS),
    ).toBe(true);
    expect(pushNeedsBuffer(pushOf({ modified: ['posts/a.md'], message: 'buffer-gitops: tidy up' }), DIRS)).toBe(true);
    // The messages the write-back writes are the ones left out; another branch's merge is a person's change.
    for (const what of ['Buffer post IDs', 'Buffer post statuses and metrics'])
      expect(pushNeedsBuffer(pushOf({ modified: ['posts/a.md'], message: writeBackMessage(what, 2) }), DIRS)).toBe(
        false,
      );
    const otherMerge = 'Merge pull request #13 from acme/feature/buffer-gitops/ids-0123456789ab';
    expect(pushNeedsBuffer(pushOf({ modified: ['posts/a.md'], message: otherMerge }), DIRS)).toBe(true);
    const notHex = 'Merge pull request #14 from acme/buffer-gitops/ids-summer-launch';
    expect(pushNeedsBuffer(pushOf({ modified: ['posts/a.md'], message: notHex }), DIRS)).toBe(true);
  });

  it('a payload without file lists, cut off, or not as GitHub writes it, says no', () => {
    const post = { added: ['posts/a.md'] };
    const noLists = pushOf(post);
    delete noLists.commits[0].added;
    expect(pushNeedsBuffer(noLists, DIRS)).toBe(false);
    const nullList = pushOf(post);
    nullList.commits[0].modified = null;
    expect(pushNeedsBuffer(nullList, DIRS)).toBe(false);
    const notText = pushOf(post);
    notText.commits[0].added = [{ path: 'posts/a.md' }];
    expect(pushNeedsBuffer(notText, DIRS)).toBe(false);
    // The head commit is not among the listed ones: the list is not the whole push.
    const headMissing = pushOf(post);
    headMissing.head_commit = { ...headMissing.head_commit, id: 'f'.repeat(40) };
    expect(pushNeedsBuffer(headMissing, DIRS)).toBe(false);
    // As many commits as GitHub lists at most: more may have been left off.
    const many = pushOf(...Array.from({ length: 2048 }, () => post));
    expect(pushNeedsBuffer(many, DIRS)).toBe(false);
    expect(pushNeedsBuffer(pushOf(...Array.from({ length: 2047 }, () => post)), DIRS)).toBe(true);
    expect(pushNeedsBuffer({ ...pushOf(post), commits: 'posts/a.md' }, DIRS)).toBe(false);
    expect(pushNeedsBuffer({ ...pushOf(post), commits: [null] }, DIRS)).toBe(false);
    expect(pushNeedsBuffer({}, DIRS)).toBe(false);
  });

  it("GitHub Actions' payload, without file lists: any commit but the write-back's reads ahead", () => {
    expect(pushNeedsBuffer(actionsPushOf({ message: 'add the launch post' }), DIRS)).toBe(true);
    // The shipped branch push as a workflow gets it.
    const shipped = structuredClone(branchPush);
    for (const commit of [...shipped.commits, shipped.head_commit]) {
      delete commit.added;
      delete commit.removed;
      delete commit.modified;
    }
    expect(pushNeedsBuffer(shipped, DIRS)).toBe(true);
    const writeBack = writeBackMessage('Buffer post IDs', 1);
    expect(pushNeedsBuffer(actionsPushOf({ message: writeBack }), DIRS)).toBe(false);
    expect(pushNeedsBuffer(actionsPushOf({ message: writeBack }, { message: 'fix a typo' }), DIRS)).toBe(true);
    // A forced push may bring commits already applied (an amend): no read ahead.
    expect(pushNeedsBuffer({ ...actionsPushOf({ message: 'amended' }), forced: true }, DIRS)).toBe(false);
    expect(pushNeedsBuffer({ ...pushOf({ added: ['posts/a.md'] }), forced: true }, DIRS)).toBe(false);
    // Commits that are not objects with an id are not GitHub's.
    expect(pushNeedsBuffer({ ...actionsPushOf({}), commits: [{ message: 'no id' }] }, DIRS)).toBe(false);
  });

  it('a file added, edited and removed again within a push leaves a rename-only push a rename', () => {
    const scratch = pushOf(
      { added: ['posts/tmp.md'] },
      { modified: ['posts/tmp.md'] },
      { removed: ['posts/tmp.md', 'posts/old.md'], added: ['posts/new.md'] },
    );
    expect(pushNeedsBuffer(scratch, DIRS)).toBe(false);
    // Edited after adding, and still there: a new post.
    expect(pushNeedsBuffer(pushOf({ added: ['posts/tmp.md'] }, { modified: ['posts/tmp.md'] }), DIRS)).toBe(true);
  });

  it('a payload without head_commit is read from its commits', () => {
    const payload = pushOf({ added: ['posts/a.md'] });
    delete payload.head_commit;
    expect(pushNeedsBuffer(payload, DIRS)).toBe(true);
  });
});

describe('clientReadingAhead (the action, before git work)', () => {
  let sandbox: RunningSandbox;
  const seen: ObservedRequest[] = [];
  beforeAll(async () => {
    sandbox = await startSandbox({ rateLimits: false, onRequest: (r) => void seen.push(r) });
  });
  afterAll(async () => sandbox?.close());

  const eventOf = (payload: WebhookPayload): EventContext => ({
    name: 'push',
    serverUrl: 'https://github.com',
    apiUrl: 'https://api.github.com',
    push: { before: payload.before, after: payload.after, ref: payload.ref },
    payload,
  });
  const settingsWith = (inputs: Record<string, string>) =>
    readSettings((name) => ({ 'buffer-api-key': sandbox.apiKey, 'api-url': sandbox.url, ...inputs })[name], '/ws', {});

  it('sends the account read at once when the push adds a post; account() then answers from it', async () => {
    const client = clientReadingAhead(settingsWith({}), eventOf(pushOf({ added: ['posts/a.md'] })))!;
    expect(client).toBeDefined();
    // On its way before anyone asks: the sandbox has it while nothing awaits it.
    for (let i = 0; i < 100 && seen.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).toHaveLength(1);
    const account = await client.account();
    expect(client.requestCount).toBe(1);
    expect(account.organizations.length).toBeGreaterThan(0);
    expect(seen.map((r) => /^\s*query (\w+)/.exec(r.query)?.[1])).toEqual(['Account']);
    // A later account() asks again, as before.
    await client.account();
    expect(client.requestCount).toBe(2);
    seen.length = 0;
  });

  it('sends nothing with organization-id, without a key, or when the payload shows no post changing', async () => {
    const adds = eventOf(pushOf({ added: ['posts/a.md'] }));
    expect(clientReadingAhead(settingsWith({ 'organization-id': '65f0c0de0001000000000001' }), adds)).toBeUndefined();
    expect(clientReadingAhead({ ...settingsWith({}), apiKey: undefined }, adds)).toBeUndefined();
    expect(clientReadingAhead(settingsWith({}), eventOf(branchPush))).toBeUndefined();
    // An unusable key fails where the command makes its client, as without reading ahead.
    expect(clientReadingAhead({ ...settingsWith({}), apiKey: 'two\nlines' }, adds)).toBeUndefined();
    // A re-run of the job: its push was most likely applied by the first attempt.
    expect(clientReadingAhead(settingsWith({}), adds, { GITHUB_RUN_ATTEMPT: '2' })).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toEqual([]);
  });

  it("a failed read ahead is account()'s error, and unclaimed it is no unhandled rejection", async () => {
    const rejected = { ...settingsWith({}), apiKey: 'not-a-buffer-key' };
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      clientReadingAhead(rejected, eventOf(pushOf({ added: ['posts/a.md'] })));
      const claimed = clientReadingAhead(rejected, eventOf(pushOf({ added: ['posts/a.md'] })))!;
      const error = await claimed.account().catch((e: unknown) => e);
      const direct = await bufferClient({ ...rejected, apiKey: 'not-a-buffer-key' })
        .account()
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).constructor).toBe((direct as Error).constructor);
      expect((error as Error).message).toBe((direct as Error).message);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
      seen.length = 0;
    }
  });
});
