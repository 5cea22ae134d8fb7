/**
 * The one place that runs git. Every git call in the product goes through
 * `Git.exec`, so authentication, environment, output decoding and error
 * redaction are decided once.
 *
 * Git is always started with an argument array (never a shell), so file names
 * and refs are never interpreted by anything but git itself.
 */
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { redactSecrets } from '../text/redact.js';

export interface GitOptions {
  /** Directory git runs in: the repository's work tree root. */
  cwd: string;
  /**
   * The complete environment for git. It replaces `process.env` rather than
   * extending it, so a caller (or a test) can keep stray `GIT_DIR`,
   * `GIT_INDEX_FILE`, … out of the child. Default: `process.env`.
   */
  env?: NodeJS.ProcessEnv;
  /** Token for HTTPS remotes, sent only on calls made with `auth: true`. */
  token?: string;
  /**
   * The server the token belongs to, e.g. `https://github.com`. The
   * authorization header is scoped to it (`http.<serverUrl>/.extraheader`), so
   * the token is never sent to any other host (a submodule, an LFS server…).
   */
  serverUrl?: string;
  /** More strings that must never appear in an error message. */
  secrets?: string[];
}

export interface ExecOptions {
  /** Resolve with the exit code instead of throwing when git fails. */
  allowFailure?: boolean;
  /** Written to git's standard input. */
  input?: string;
  /** Send the token's authorization header with this call (fetch, push, ls-remote…). */
  auth?: boolean;
  /** Per-call environment changes; `undefined` removes a variable. */
  env?: Record<string, string | undefined>;
}

export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** A failed git command. Its message, arguments and stderr are redacted: they never contain the token. */
export class GitError extends Error {
  constructor(
    message: string,
    readonly args: string[],
    readonly exitCode: number,
    readonly stderr: string,
    readonly stdout: string = '',
  ) {
    super(message);
    this.name = 'GitError';
  }
}

/** The all-zero object name GitHub sends as `before` when a branch is created. */
export function isNullSha(sha: string | undefined): boolean {
  return sha === undefined || sha === '' || /^0+$/.test(sha);
}

/** A full object name (SHA-1 or SHA-256). Refs from event payloads are checked before they reach git's command line. */
export function isFullSha(sha: string): boolean {
  return /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(sha);
}

/** Strips `./` and trailing slashes so `./posts/` and `posts` name the same directory; `.` means the whole repository. */
export function normalizeDir(dir: string): string {
  let d = dir.replace(/\\/g, '/').trim();
  while (d.startsWith('./')) d = d.slice(2);
  d = d.replace(/\/+$/, '');
  return d === '.' ? '' : d;
}

/** Whether a repository path lies under one of the (normalized) directories. */
export function isUnderDirs(path: string, dirs: string[]): boolean {
  return dirs.some((dir) => dir === '' || path.startsWith(`${dir}/`));
}

/** One entry of `git ls-tree -r`. */
export interface TreeEntry {
  /** `100644`, `100755`, `120000` (a link), `160000` (a submodule). */
  mode: string;
  /** `blob` or `commit` (a submodule). */
  type: string;
  object: string;
  /** From the top folder, with `/`. */
  path: string;
  /** The blob's size in bytes (asked for with `sizes`). */
  size?: number;
}

export class Git {
  readonly cwd: string;
  private readonly env: NodeJS.ProcessEnv;
  private readonly token: string | undefined;
  private readonly serverUrl: string | undefined;
  private readonly secrets: string[];
  /**
   * Answers that cannot change within a run, asked once (issue 16: every git
   * process costs the action a few ms). Promises, so concurrent callers share
   * the one process in flight.
   */
  private shallow: Promise<boolean> | undefined;
  private readonly refFormats = new Map<string, Promise<boolean>>();
  /** Full object names known to be commits in the local store: objects are never removed during a run. */
  private readonly commits = new Set<string>();

  constructor(opts: GitOptions) {
    this.cwd = opts.cwd;
    this.env = opts.env ?? process.env;
    this.token = opts.token || undefined;
    this.serverUrl = opts.serverUrl ? opts.serverUrl.replace(/\/+$/, '') : undefined;
    const secrets = [...(opts.secrets ?? [])];
    if (this.token) {
      // The header carries the token base64-encoded; redact both spellings.
      secrets.push(this.token, basicCredential(this.token));
    }
    this.secrets = secrets;
  }

  /** Runs `git <args>`. Throws a redacted `GitError` on a non-zero exit unless `allowFailure`. */
  async exec(args: string[], opts: ExecOptions = {}): Promise<ExecResult> {
    const result = await this.execBytes(args, opts);
    return { exitCode: result.exitCode, stdout: result.stdout.toString('utf8'), stderr: result.stderr };
  }

  /** `exec` with stdout as git wrote it: bytes, decoded once by the caller (or never). */
  private async execBytes(
    args: string[],
    opts: ExecOptions,
  ): Promise<{ exitCode: number; stdout: Buffer; stderr: string }> {
    const env: NodeJS.ProcessEnv = { ...this.env };
    // A CI job has no one to answer a username prompt: fail instead of hanging.
    env.GIT_TERMINAL_PROMPT = '0';
    for (const [key, value] of Object.entries(opts.env ?? {})) {
      if (value === undefined) delete env[key];
      else env[key] = value;
    }
    if (opts.auth && this.token) this.addAuthHeader(env, this.token);

    const result = await run(args, this.cwd, env, opts.input).catch((err: unknown) => {
      const reason = err instanceof Error ? err.message : String(err);
      throw new GitError(this.redact(`git ${args.join(' ')} could not start: ${reason}`), this.redactAll(args), -1, '');
    });
    // A fetch may change whether the repository is shallow (--unshallow, or history reaching the root): ask again.
    if (args.includes('fetch')) this.shallow = undefined;
    if (result.exitCode !== 0 && !opts.allowFailure) {
      const stdout = this.redact(result.stdout.toString('utf8'));
      const stderr = this.redact(result.stderr);
      const detail = stderr.trim() || stdout.trim();
      throw new GitError(
        this.redact(`git ${args.join(' ')} failed with exit code ${result.exitCode}${detail ? `: ${detail}` : ''}`),
        this.redactAll(args),
        result.exitCode,
        stderr,
        stdout,
      );
    }
    return result;
  }

  /**
   * A blob's exact bytes, undecoded: a file that is not UTF-8 must reach the
   * post reader as it is (which reports it), never silently repaired.
   */
  async blob(object: string): Promise<Buffer> {
    return (await this.execBytes(['cat-file', 'blob', object], {})).stdout;
  }

  /**
   * Fetches the given commits that are not in the object store, one commit
   * deep (a depth-1 checkout has only its own commit; one is enough for a tree
   * diff). Returns those still missing, and git's first line on why.
   */
  async fetchMissing(shas: readonly string[], remote = 'origin'): Promise<{ missing: string[]; detail?: string }> {
    const missing = await this.missingCommits(shas);
    const fetchable = missing.filter(isFullSha);
    if (fetchable.length === 0) return { missing };
    const fetched = await this.exec(
      ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', remote, ...fetchable],
      { allowFailure: true, auth: true },
    );
    const fetchedNow = await Promise.all(missing.map((sha) => this.commitExists(sha)));
    const still = missing.filter((_, i) => !fetchedNow[i]);
    const detail = decisiveLine(fetched.stderr);
    return still.length > 0 && detail ? { missing: still, detail } : { missing: still };
  }

  /** The given commits (each once) that are not in the object store. */
  async missingCommits(shas: readonly string[]): Promise<string[]> {
    const unique = [...new Set(shas)];
    const present = await Promise.all(unique.map((sha) => this.commitExists(sha)));
    return unique.filter((_, i) => !present[i]);
  }

  /** Replaces every secret in a text with `***`. */
  redact(text: string): string {
    return redactSecrets(text, this.secrets);
  }

  /** The object name a revision resolves to, as a commit. Throws when it does not resolve. */
  async revParse(ref: string): Promise<string> {
    // A full name already known as a commit resolves to itself: no process.
    if (isFullSha(ref) && this.commits.has(ref.toLowerCase())) return ref.toLowerCase();
    const { stdout } = await this.exec(['rev-parse', '--verify', '--end-of-options', `${ref}^{commit}`]);
    const sha = stdout.trim();
    this.commits.add(sha);
    return sha;
  }

  /** The checked-out commit, or `undefined` when there is none (an unborn branch). Git that cannot start still throws. */
  async headCommit(): Promise<string | undefined> {
    return this.revParse('HEAD').catch((err: unknown) => {
      if (err instanceof GitError && err.exitCode >= 0) return undefined;
      throw err;
    });
  }

  /** Whether a commit is present in the local object store (it may be missing in a shallow clone). */
  async commitExists(sha: string): Promise<boolean> {
    if (sha.startsWith('-')) return false;
    // Only a yes is remembered: a missing commit may be fetched later in the run.
    if (isFullSha(sha) && this.commits.has(sha.toLowerCase())) return true;
    const { exitCode } = await this.exec(['cat-file', '-e', `${sha}^{commit}`], { allowFailure: true });
    if (exitCode === 0 && isFullSha(sha)) this.commits.add(sha.toLowerCase());
    return exitCode === 0;
  }

  /** Whether the repository is a shallow clone (actions/checkout's default). Asked once until the next fetch. */
  isShallow(): Promise<boolean> {
    this.shallow ??= this.exec(['rev-parse', '--is-shallow-repository']).then(
      ({ stdout }) => stdout.trim() === 'true',
      (err: unknown) => {
        this.shallow = undefined;
        throw err;
      },
    );
    return this.shallow;
  }

  /** Whether git accepts a full ref name (`git check-ref-format`); a pure function of the name, so asked once per name. */
  checkRefFormat(ref: string): Promise<boolean> {
    let answer = this.refFormats.get(ref);
    if (!answer) {
      answer = this.exec(['check-ref-format', ref], { allowFailure: true }).then((r) => r.exitCode === 0);
      this.refFormats.set(ref, answer);
    }
    return answer;
  }

  /**
   * A branch given as `main` or `refs/heads/main`, by its short name; undefined
   * when git would not accept it as a branch, or it would read as an option.
   */
  async branchName(branch: string): Promise<string | undefined> {
    const name = branch.replace(/^refs\/heads\//, '');
    if (name === '' || name.startsWith('-')) return undefined;
    return (await this.checkRefFormat(`refs/heads/${name}`)) ? name : undefined;
  }

  /** The checked-out branch, or `undefined` on a detached HEAD. */
  async currentBranch(): Promise<string | undefined> {
    const { exitCode, stdout } = await this.exec(['symbolic-ref', '--quiet', '--short', 'HEAD'], {
      allowFailure: true,
    });
    return exitCode === 0 ? stdout.trim() : undefined;
  }

  /** When a commit was committed (its committer date), or `undefined` when git cannot tell (a commit not in this clone). */
  async commitTime(rev: string): Promise<Date | undefined> {
    if (rev.startsWith('-')) return undefined;
    const { exitCode, stdout } = await this.exec(['show', '-s', '--format=%ct', rev], { allowFailure: true });
    const seconds = Number(stdout.trim());
    return exitCode === 0 && Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000) : undefined;
  }

  /** origin's default branch as this clone knows it (`refs/remotes/origin/HEAD`), or `undefined` when it does not. */
  async remoteDefaultBranch(): Promise<string | undefined> {
    const { exitCode, stdout } = await this.exec(['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'], {
      allowFailure: true,
    });
    return (exitCode === 0 && stdout.trim().replace(/^origin\//, '')) || undefined;
  }

  /** A file's content at a revision, or `undefined` when the file (or the revision) does not exist. */
  async show(rev: string, path: string): Promise<string | undefined> {
    if (rev.startsWith('-')) return undefined;
    // cat-file gives the blob's exact bytes: no textconv, no end-of-line conversion.
    const { exitCode, stdout } = await this.exec(['cat-file', 'blob', `${rev}:${path}`], { allowFailure: true });
    return exitCode === 0 ? stdout : undefined;
  }

  /** Tracked files at a revision under the given directories (recursive) whose names end with `ext`, sorted. */
  async listFiles(dirs: string[], ext = '.md', rev = 'HEAD'): Promise<string[]> {
    return (await this.treeEntries(rev, dirs))
      .map((entry) => entry.path)
      .filter((path) => path.endsWith(ext))
      .sort();
  }

  /**
   * The entries of `rev`'s tree under the (normalized) directories,
   * recursive, read by one `git ls-tree`: links and submodules included,
   * `size` only when asked for (blobs only). No directories: no entries.
   */
  async treeEntries(rev: string, dirs: string[], opts: { sizes?: boolean } = {}): Promise<TreeEntry[]> {
    const wanted = [...new Set(dirs.map(normalizeDir))];
    if (wanted.length === 0) return [];
    const pathspecs = wanted.includes('') ? [] : wanted;
    // -z: names with newlines, tabs or quotes arrive verbatim; literal pathspecs: `[draft]` is a name, not a glob.
    const { stdout } = await this.exec([
      '--literal-pathspecs',
      'ls-tree',
      '-r',
      '-z',
      ...(opts.sizes ? ['-l'] : []),
      '--full-tree',
      '--end-of-options',
      rev,
      '--',
      ...pathspecs,
    ]);
    const entries: TreeEntry[] = [];
    for (const line of splitNul(stdout)) {
      const tab = line.indexOf('\t');
      if (tab < 0) continue;
      // `<mode> <type> <object>[ <size, space-padded>]\t<path>`
      const [mode = '', type = '', object = '', size] = line.slice(0, tab).split(/\s+/);
      const path = line.slice(tab + 1);
      if (!isUnderDirs(path, wanted)) continue;
      entries.push({ mode, type, object, path, ...(opts.sizes && size !== '-' ? { size: Number(size) } : {}) });
    }
    return entries;
  }

  /**
   * Adds the authorization header through `GIT_CONFIG_COUNT`/`GIT_CONFIG_KEY_n`
   * (git ≥ 2.31): like `-c http.extraheader=…` it lives only for this call and
   * is never written to `.git/config`, and unlike `-c` it does not show up in
   * the process list or in the arguments of an error.
   */
  private addAuthHeader(env: NodeJS.ProcessEnv, token: string): void {
    const key = this.serverUrl ? `http.${this.serverUrl}/.extraheader` : 'http.extraheader';
    const existing = Number.parseInt(env.GIT_CONFIG_COUNT ?? '0', 10);
    let n = Number.isFinite(existing) && existing > 0 ? existing : 0;
    const entries: Array<[string, string]> = [
      // An empty value resets the header list, so a header persisted by
      // actions/checkout (persist-credentials) is not sent a second time next to ours.
      [key, ''],
      [key, `AUTHORIZATION: basic ${basicCredential(token)}`],
    ];
    for (const [k, v] of entries) {
      env[`GIT_CONFIG_KEY_${n}`] = k;
      env[`GIT_CONFIG_VALUE_${n}`] = v;
      n++;
    }
    env.GIT_CONFIG_COUNT = String(n);
  }

  private redactAll(args: string[]): string[] {
    return args.map((a) => this.redact(a));
  }
}

/** `base64("x-access-token:<token>")`, the basic credential GitHub accepts for an installation or `GITHUB_TOKEN` token. */
export function basicCredential(token: string): string {
  return Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
}

/** Splits NUL-terminated output (`-z`), dropping the empty tail. */
export function splitNul(text: string): string[] {
  const parts = text.split('\0');
  if (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** The line of git's stderr that says why (its `fatal:` line, else the last one); '' when silent. */
export function decisiveLine(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !l.startsWith('hint:'));
  return lines.find((l) => l.startsWith('fatal:')) ?? lines[lines.length - 1] ?? '';
}

/** stdout as bytes (decoded by `exec`, kept whole for `blob`), stderr as text. */
function run(
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  input: string | undefined,
): Promise<{ exitCode: number; stdout: Buffer; stderr: string }> {
  return new Promise((resolve, reject) => {
    // node:child_process is loaded on the first git call, not with the entry: the action's first Buffer read goes out before it (issue 16).
    const { spawn } = process.getBuiltinModule('node:child_process');
    const child: ChildProcessWithoutNullStreams = spawn('git', args, {
      cwd,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
    // Collect bytes and decode once: a multi-byte character may straddle two chunks.
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      resolve({
        exitCode: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
    // git may exit before reading all of its input (e.g. on an early error); that is reported by the exit code.
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? '');
  });
}
