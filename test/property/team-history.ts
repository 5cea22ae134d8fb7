/**
 * Plays a generated team history (team-model.ts) for real: one work clone
 * pushing to a bare `origin`, the bundled action run on push, schedule and
 * dispatch events against one Buffer sandbox over HTTP, Buffer-side edits and
 * deletes and faults through the sandbox's control endpoints.
 *
 * After every step only two things are checked: no run crashed (exit 0 or 1,
 * no stack trace) and no commit the team pushed left the branch (the team
 * never force-pushes its own commits away, only the bot's write-back).
 */
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { defaultSeed, type StoredPost } from '../../src/sandbox/index.js';
import { createHarness, type Harness } from '../e2e/harness.js';
import { runScheduled } from '../e2e/sync-run.js';
import type { ActionRun } from '../helpers/run-action.js';
import {
  FOLDERS,
  NAMES,
  applyChange,
  bufferBlockOf,
  renderFile,
  specFrom,
  textOf,
  withBufferBlock,
  type FaultSpec,
  type FileOp,
  type PostSpec,
  type Step,
} from './team-model.js';

export interface ModelFile {
  /** Stable through renames and moves; a copy or a replacement is a new file. */
  uid: number;
  path: string;
  spec: PostSpec;
  /** Made by copying another file with its `buffer:` block (until the team removes the entry). */
  copy?: boolean;
}

export interface StepCounts {
  /** File operations + pushes + syncs + Buffer-side changes that did something. */
  steps: number;
  fileOps: number;
  pushes: number;
  syncs: number;
  bufferSide: number;
  actionRuns: number;
}

interface QueuedRun {
  workspace: string;
  before: string;
  after: string;
  forced: boolean;
  fault: FaultSpec | null;
}

/** A failure of the history itself (a crash, a lost commit), as opposed to a divergence found at the end. */
export class HistoryBroken extends Error {}

const STACK_FRAME = /\n\s+at .+:\d+:\d+\)?/;

export class TeamHistory {
  readonly files: ModelFile[] = [];
  /** Every commit the team pushed and did not force-push away (it never does). */
  readonly userCommits: string[] = [];
  readonly counts: StepCounts = { steps: 0, fileOps: 0, pushes: 0, syncs: 0, bufferSide: 0, actionRuns: 0 };
  /** One line per executed step and run, for the failure report. */
  readonly log: string[] = [];
  /** Files whose posts were changed or deleted in Buffer and whose content did not change since. */
  readonly drifted = new Set<number>();
  private nextUid = 1;
  private lastUserPush = '';
  private queued: QueuedRun | null = null;

  private constructor(
    readonly h: Harness,
    /** Midnight UTC after the sandbox clock: due times are days after it. */
    readonly baseMs: number,
  ) {}

  static async start(): Promise<TeamHistory> {
    // A paid plan: the free plan's 10 scheduled posts per channel would refuse
    // posts for a reason that has nothing to do with the history.
    const seed = defaultSeed();
    for (const org of seed.organizations) org.plan = 'team';
    const h = await createHarness({ seed });
    const now = Date.parse(h.sandbox.state().now);
    const team = new TeamHistory(h, Math.floor(now / 86_400_000) * 86_400_000 + 86_400_000);
    team.lastUserPush = await h.head();
    team.userCommits.push(team.lastUserPush);
    return team;
  }

  async close(): Promise<void> {
    await this.h.close();
  }

  /** Plays step `index` (1-based, as the failure report numbers them). */
  async play(step: Step, index: number): Promise<void> {
    this.log.push(`step ${index}: ${step.step}${step.step === 'push' ? ` (${step.how})` : ''}`);
    switch (step.step) {
      case 'push':
        return this.push(step);
      case 'sync':
        return this.sync(step.restore, step.fault);
      case 'buffer-edit':
      case 'buffer-delete':
        return this.bufferSide(step);
    }
  }

  // ------------------------------------------------------------ git side

  private async push(step: Extract<Step, { step: 'push' }>): Promise<void> {
    const { fx } = this.h;
    if (step.how === 'force') {
      // Their clone never saw the bot's write-back: back to their own last push.
      await fx.git(['reset', '--quiet', '--hard', this.lastUserPush]);
    } else {
      try {
        await fx.git(['pull', '--quiet', '--ff-only', 'origin', fx.branch]);
      } catch (e) {
        throw new HistoryBroken(
          `the team's clone cannot fast-forward to origin (was the branch rewritten?): ${(e as Error).message}`,
        );
      }
    }
    let commits = 0;
    for (const [c, ops] of step.commits.entries()) {
      const done: string[] = [];
      for (const op of ops) {
        const line = await this.fileOp(op);
        if (line) done.push(line);
      }
      if (done.length === 0) continue;
      const sha = await fx.commitAll(`commit ${c + 1}: ${done.join('; ')}`);
      this.userCommits.push(sha);
      this.counts.fileOps += done.length;
      this.counts.steps += done.length;
      this.log.push(`  commit ${sha.slice(0, 7)}: ${done.join('; ')}`);
      commits++;
    }
    const before = await this.originTip();
    const head = await this.h.head();
    if (commits === 0 && head === before) return;
    await fx.git([
      'push',
      '--quiet',
      ...(step.how === 'force' ? ['--force'] : []),
      'origin',
      `HEAD:refs/heads/${fx.branch}`,
    ]);
    this.lastUserPush = head;
    this.counts.pushes++;
    this.counts.steps++;
    this.log.push(`  push ${before.slice(0, 7)}..${head.slice(0, 7)}${step.how === 'force' ? ' --force' : ''}`);
    // actions/checkout of this push's commit, made now: a queued run checks out its own commit, not the tip it finds later.
    const run: QueuedRun = {
      workspace: await fx.cloneShallow(1),
      before,
      after: head,
      forced: step.how === 'force',
      fault: step.fault,
    };
    // The run of an earlier push was still waiting or running when this push landed.
    await this.flushQueue();
    if (step.how === 'queue') this.queued = run;
    else await this.runPush(run);
  }

  /** Applies one file operation in the team's clone; returns what it did, or null when it had nothing to act on. */
  private async fileOp(op: FileOp): Promise<string | null> {
    const { fx } = this.h;
    const target = op.op === 'add' ? undefined : this.files[op.pick % Math.max(this.files.length, 1)];
    if (op.op !== 'add' && !target) return null;
    switch (op.op) {
      case 'add': {
        const file: ModelFile = {
          uid: this.nextUid++,
          path: this.freePath(FOLDERS[op.folder % FOLDERS.length]!, NAMES[op.name % NAMES.length]!),
          spec: specFrom(op.spec, this.baseMs),
        };
        await fx.writeFiles({ [file.path]: renderFile(file.spec) });
        this.files.push(file);
        return `add ${file.path}`;
      }
      case 'edit': {
        const spec = applyChange(target!.spec, op.change, this.baseMs);
        if (JSON.stringify(spec) === JSON.stringify(target!.spec)) return null;
        const block = bufferBlockOf(await this.h.read(target!.path));
        await fx.writeFiles({ [target!.path]: withBufferBlock(renderFile(spec), block) });
        target!.spec = spec;
        this.drifted.delete(target!.uid);
        return `edit ${target!.path} (${op.change.kind})`;
      }
      case 'rename':
      case 'move': {
        const folder = op.op === 'move' ? FOLDERS[op.folder % FOLDERS.length]! : folderOf(target!.path);
        const name = op.op === 'rename' ? NAMES[op.name % NAMES.length]! : path.posix.basename(target!.path, '.md');
        const to = this.freePath(folder, name, target!.path);
        if (to === target!.path) return null;
        await this.moveFile(target!.path, to);
        const from = target!.path;
        target!.path = to;
        return `${op.op} ${from} -> ${to}`;
      }
      case 'copy': {
        const to = this.freePath(folderOf(target!.path), NAMES[op.name % NAMES.length]!);
        const content = await this.h.read(target!.path);
        let spec = structuredClone(target!.spec);
        let copied = content;
        if (op.reword !== null) {
          spec = { ...spec, items: [{ text: textOf(op.reword) }, ...spec.items.slice(1)] };
          copied = withBufferBlock(renderFile(spec), bufferBlockOf(content));
        }
        await fx.writeFiles({ [to]: copied });
        this.files.push({ uid: this.nextUid++, path: to, spec, copy: true });
        return `copy ${target!.path} -> ${to} with its buffer: block${op.reword !== null ? ', reworded' : ''}`;
      }
      case 'replace': {
        const old = target!.path;
        const to = this.freePath(folderOf(old), `${path.posix.basename(old, '.md')}-old`);
        await this.moveFile(old, to);
        target!.path = to;
        const fresh: ModelFile = { uid: this.nextUid++, path: old, spec: specFrom(op.spec, this.baseMs) };
        await fx.writeFiles({ [old]: renderFile(fresh.spec) });
        this.files.push(fresh);
        return `replace ${old} (old one -> ${to}, new ${old})`;
      }
      case 'delete': {
        await fx.writeFiles({ [target!.path]: null });
        this.files.splice(this.files.indexOf(target!), 1);
        this.drifted.delete(target!.uid);
        return `delete ${target!.path}`;
      }
    }
  }

  private async moveFile(from: string, to: string): Promise<void> {
    const content = await this.h.read(from);
    await this.h.fx.writeFiles({ [from]: null, [to]: content });
  }

  /** posts/<folder><name>.md, or with -2, -3 … when another file has that name. */
  private freePath(folder: string, name: string, self?: string): string {
    const taken = new Set(this.files.map((f) => f.path).filter((p) => p !== self));
    for (let i = 1; ; i++) {
      const candidate = `posts/${folder}${name}${i === 1 ? '' : `-${i}`}.md`;
      if (!taken.has(candidate)) return candidate;
    }
  }

  async originTip(): Promise<string> {
    return this.h.fx.git(['rev-parse', `refs/heads/${this.h.fx.branch}`], this.h.fx.bare);
  }

  /** The invariant "no lost user commit": every commit the team pushed is still in the branch's history. */
  async checkNoLostCommit(): Promise<void> {
    const reachable = new Set(
      (await this.h.fx.git(['rev-list', `refs/heads/${this.h.fx.branch}`], this.h.fx.bare)).split('\n'),
    );
    const lost = this.userCommits.filter((c) => !reachable.has(c));
    if (lost.length > 0)
      throw new HistoryBroken(
        `lost user commit(s): ${lost.map((c) => c.slice(0, 7)).join(', ')} are no longer in the history of ${this.h.fx.branch}`,
      );
  }

  // ------------------------------------------------------------ runs

  async flushQueue(): Promise<void> {
    const run = this.queued;
    this.queued = null;
    if (run) await this.runPush(run);
  }

  private async runPush(run: QueuedRun): Promise<void> {
    await this.withFault(run.fault, async () => {
      const result = await this.h.runPush(
        { before: run.before, after: run.after },
        { workspace: run.workspace, forced: run.forced },
      );
      await rm(run.workspace, { recursive: true, force: true });
      return this.ranOk(`run of push ${run.after.slice(0, 7)}${run.fault ? ' with fault' : ''}`, result);
    });
  }

  private async sync(restore: boolean, fault: FaultSpec | null): Promise<void> {
    await this.flushQueue();
    const exitCode = await this.withFault(fault, async () => {
      const result = await runScheduled(
        this.h,
        restore ? { eventName: 'workflow_dispatch', inputs: { 'on-drift': 'restore' } } : {},
      );
      await rm(result.workspace, { recursive: true, force: true });
      return this.ranOk(`sync${restore ? ' (restore)' : ''}${fault ? ' with fault' : ''}`, result);
    });
    this.counts.syncs++;
    this.counts.steps++;
    // A clean restore made Buffer match the files again.
    if (restore && !fault && exitCode === 0) this.drifted.clear();
  }

  /** The one clean run the invariant is checked after: an apply of the tip with no faults (workflow_dispatch, `command: apply`). */
  async cleanApply(): Promise<ActionRun> {
    await this.flushQueue();
    let result = await runScheduled(this.h, { eventName: 'workflow_dispatch', inputs: { command: 'apply' } });
    await rm(result.workspace, { recursive: true, force: true });
    await this.ranOk('clean apply of the tip', result);
    // Two byte-identical files claiming one post with nothing to say which is
    // the original (a copy made as the original was renamed away): the action
    // refuses to guess and says to remove the copy's entry. A user does that.
    const shared = new Set(
      result.annotations
        .filter((a) => a.level === 'error' && /nothing records which file it belongs to/.test(a.message) && a.file)
        .map((a) => a.file!),
    );
    const copies = this.files.filter((f) => f.copy && shared.has(f.path));
    if (copies.length > 0) {
      await this.h.pull();
      for (const copy of copies) {
        await this.h.fx.writeFiles({ [copy.path]: renderFile(copy.spec) });
        copy.copy = false;
      }
      await this.h.fx.commitAll(`remove the copied buffer: entries of ${copies.map((c) => c.path).join(', ')}`);
      await this.h.fx.push();
      this.log.push(
        `  the team removes the copied buffer: entries of ${copies.map((c) => c.path).join(', ')}, as the error says`,
      );
      result = await runScheduled(this.h, { eventName: 'workflow_dispatch', inputs: { command: 'apply' } });
      await rm(result.workspace, { recursive: true, force: true });
      await this.ranOk('clean apply after the fix', result);
    }
    return result;
  }

  /** `on-drift: restore`, for posts changed in Buffer whose files did not change afterwards. */
  async restoreSync(): Promise<ActionRun> {
    const result = await runScheduled(this.h, { eventName: 'workflow_dispatch', inputs: { 'on-drift': 'restore' } });
    await rm(result.workspace, { recursive: true, force: true });
    await this.ranOk('sync (on-drift: restore)', result);
    return result;
  }

  private async withFault<T>(fault: FaultSpec | null, body: () => Promise<T>): Promise<T> {
    if (fault) await this.control('POST', '/__sandbox/faults', { rules: [{ ...fault, times: 1 }] });
    try {
      return await body();
    } finally {
      if (fault) await this.control('POST', '/__sandbox/faults', { rules: [] });
    }
  }

  private async ranOk(what: string, run: ActionRun): Promise<number> {
    this.counts.actionRuns++;
    if (process.env.LIFECYCLE_DEBUG)
      this.log.push(
        run.stdout
          .split('\n')
          .filter((l) => !l.startsWith('::group') && !l.startsWith('::endgroup') && !l.startsWith('::add-mask'))
          .map((l) => `      | ${l}`)
          .join('\n'),
      );
    const o = run.outputs;
    this.log.push(
      `  ${what}: exit ${run.exitCode} (created ${o.created ?? '-'}, edited ${o.edited ?? '-'}, deleted ${o.deleted ?? '-'}, failed ${o.failed ?? '-'})`,
    );
    for (const a of run.annotations.filter((a) => a.level === 'error'))
      this.log.push(`    error: ${a.file ? `${a.file}: ` : ''}${a.message.split('\n')[0]}`);
    await rm(run.runnerTemp, { recursive: true, force: true });
    if (run.exitCode !== 0 && run.exitCode !== 1)
      throw new HistoryBroken(`${what} crashed: exit ${run.exitCode}\n${tail(run.stderr || run.stdout)}`);
    if (STACK_FRAME.test(run.stderr))
      throw new HistoryBroken(`${what} crashed with a stack trace:\n${tail(run.stderr)}`);
    await this.checkNoLostCommit();
    return run.exitCode;
  }

  // ------------------------------------------------------------ Buffer's side

  async control(method: string, route: string, body?: unknown): Promise<Response> {
    const response = await fetch(`${this.h.sandbox.url}${route}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`sandbox ${method} ${route}: HTTP ${response.status} ${await response.text()}`);
    return response;
  }

  async bufferPosts(): Promise<StoredPost[]> {
    const state = (await (await this.control('GET', '/__sandbox/state')).json()) as { posts: StoredPost[] };
    return state.posts;
  }

  /** Post ID → the paths at the branch tip whose `buffer:` block names it. */
  async claimsAtTip(): Promise<Map<string, string[]>> {
    const claims = new Map<string, string[]>();
    for (const [file, content] of await this.tipFiles()) {
      for (const id of Object.values(idsOf(content))) claims.set(id, [...(claims.get(id) ?? []), file]);
    }
    return claims;
  }

  /** Every `posts/**.md` at the tip of origin's branch: path → content. */
  async tipFiles(): Promise<Map<string, string>> {
    const { fx } = this.h;
    const tip = await this.originTip();
    const names = (await fx.git(['ls-tree', '-r', '--name-only', tip, '--', 'posts'], fx.bare))
      .split('\n')
      .filter((n) => n.endsWith('.md'));
    const files = new Map<string, string>();
    for (const name of names) files.set(name, await gitShow(this.h, `${tip}:${name}`));
    return files;
  }

  private async bufferSide(step: Extract<Step, { step: 'buffer-edit' | 'buffer-delete' }>): Promise<void> {
    const claims = await this.claimsAtTip();
    const candidates = (await this.bufferPosts())
      .filter((p) => (p.status === 'scheduled' || p.status === 'draft') && claims.has(p.id))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    const post = candidates[step.pick % Math.max(candidates.length, 1)];
    if (!post) return;
    if (step.step === 'buffer-delete') {
      await this.control('DELETE', `/__sandbox/posts/${post.id}`);
      this.log.push(`  post ${post.id} (${claims.get(post.id)!.join(', ')}) deleted in Buffer's app`);
    } else {
      const patch =
        step.field === 'text'
          ? { text: `Changed in Buffer ${step.n}` }
          : { dueAt: new Date(this.baseMs + ((step.n % 30) + 2) * 86_400_000 + 12 * 3_600_000).toISOString() };
      await this.control('PATCH', `/__sandbox/posts/${post.id}`, patch);
      this.log.push(
        `  post ${post.id} (${claims.get(post.id)!.join(', ')}) edited in Buffer's app: ${JSON.stringify(patch)}`,
      );
    }
    for (const file of this.files) if (claims.get(post.id)!.includes(file.path)) this.drifted.add(file.uid);
    this.counts.bufferSide++;
    this.counts.steps++;
  }
}

/** The folder of a post file under posts/, as FOLDERS spells it ('' or 'a/b/'). */
function folderOf(file: string): string {
  const dir = path.posix.dirname(file.slice('posts/'.length));
  return dir === '.' ? '' : `${dir}/`;
}

/** Channel reference → post ID in a file's `buffer:` block. */
export function idsOf(content: string): Record<string, string> {
  const block = bufferBlockOf(content);
  if (block === '') return {};
  const parsed = parseYaml(block) as { buffer?: Record<string, { id?: unknown } | null> } | null;
  const ids: Record<string, string> = {};
  for (const [ref, entry] of Object.entries(parsed?.buffer ?? {})) {
    if (entry && typeof entry.id === 'string') ids[ref] = entry.id;
  }
  return ids;
}

function gitShow(h: Harness, object: string): Promise<string> {
  // Not through fx.git: it trims, and the file's exact bytes matter here.
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['show', object],
      { cwd: h.fx.bare, env: h.fx.env, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => (error ? reject(new Error(stderr)) : resolve(stdout)),
    );
  });
}

function tail(text: string): string {
  return text.split('\n').slice(-15).join('\n');
}
