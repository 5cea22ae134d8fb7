/**
 * A `git` to put first on PATH of the bundled action: it logs every call
 * (working directory and arguments) when GIT_DOUBLE_LOG names a file, and
 * kills its parent, the action's node process (SIGKILL: no clean-up), when it
 * sees the subcommand KILL_ON, before (KILL_WHEN=before) or after
 * (KILL_WHEN=after) running the real git, and, when KILL_MATCH is set, only
 * if one argument contains it (a push of `refs/heads/` but not of the notes
 * ref). The product needs no test hook.
 */
import { execFile } from 'node:child_process';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const SCRIPT = `#!/bin/sh
sub=""
skip=0
for a in "$@"; do
  if [ "$skip" = 1 ]; then skip=0; continue; fi
  case "$a" in
    -c|-C) skip=1 ;;
    -*) ;;
    *) sub="$a"; break ;;
  esac
done
if [ -n "$GIT_DOUBLE_LOG" ]; then printf '%s\\t%s\\n' "$PWD" "$*" >> "$GIT_DOUBLE_LOG"; fi
on="$KILL_ON"
if [ -n "$on" ] && [ -n "$KILL_MATCH" ]; then
  hit=""
  for a in "$@"; do case "$a" in *"$KILL_MATCH"*) hit=1 ;; esac; done
  [ -n "$hit" ] || on=""
fi
if [ -n "$on" ] && [ "$sub" = "$on" ] && [ "$KILL_WHEN" = before ]; then kill -KILL "$PPID"; exit 137; fi
KILL_ON= "$REAL_GIT" "$@"
status=$?
if [ -n "$on" ] && [ "$sub" = "$on" ] && [ "$KILL_WHEN" = after ]; then kill -KILL "$PPID"; fi
exit $status
`;

export interface GitDouble {
  /** Environment for the action: PATH with the double first, and where the real git is. */
  env(extra?: { log?: string; killOn?: string; killWhen?: 'before' | 'after'; killMatch?: string }): NodeJS.ProcessEnv;
}

/** Writes the double into `dir`; `baseEnv` is the environment whose PATH finds the real git. */
export async function installGitDouble(dir: string, baseEnv: NodeJS.ProcessEnv): Promise<GitDouble> {
  const realGit = await new Promise<string>((resolve, reject) =>
    execFile('sh', ['-c', 'command -v git'], { env: baseEnv }, (e, out) => (e ? reject(e) : resolve(out.trim()))),
  );
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'git'), SCRIPT);
  await chmod(path.join(dir, 'git'), 0o755);
  return {
    env: (extra = {}) => ({
      PATH: `${dir}${path.delimiter}${baseEnv.PATH ?? ''}`,
      REAL_GIT: realGit,
      ...(extra.log ? { GIT_DOUBLE_LOG: extra.log } : {}),
      ...(extra.killOn ? { KILL_ON: extra.killOn, KILL_WHEN: extra.killWhen ?? 'before' } : {}),
      ...(extra.killMatch ? { KILL_MATCH: extra.killMatch } : {}),
    }),
  };
}
