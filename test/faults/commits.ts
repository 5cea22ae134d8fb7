/**
 * Writes commits straight into the bare `origin` with one `git fast-import`
 * process: the fault matrix needs two commits per case (the tracked posts,
 * then the push under test), and a clone-commit-push round trip per commit
 * would cost more than the case itself.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gitRaw } from './world.js';

export interface CommitSpec {
  message: string;
  /** Path → content; `null` deletes the file. */
  files: Record<string, string | null>;
}

/**
 * Appends `commits` to `branch` (created from `from`) in the bare repository;
 * returns their SHAs in order.
 */
export async function fastCommits(
  bare: string,
  env: NodeJS.ProcessEnv,
  branch: string,
  from: string,
  commits: CommitSpec[],
): Promise<string[]> {
  const parts: Buffer[] = [];
  const text = (s: string) => parts.push(Buffer.from(s, 'utf8'));
  const data = (content: string) => {
    const bytes = Buffer.from(content, 'utf8');
    text(`data ${bytes.length}\n`);
    parts.push(bytes);
    text('\n');
  };
  // The committer date is now: the engine's exactly-once window starts a day before the push's base commit.
  const when = `${Math.floor(Date.now() / 1000)} +0000`;
  commits.forEach((commit, index) => {
    text(
      `commit refs/heads/${branch}\nmark :${index + 1}\ncommitter Test Committer <committer@example.test> ${when}\n`,
    );
    data(commit.message);
    text(index === 0 ? `from ${from}\n` : `from :${index}\n`);
    for (const [file, content] of Object.entries(commit.files)) {
      if (content === null) text(`D ${file}\n`);
      else {
        text(`M 100644 inline ${file}\n`);
        data(content);
      }
    }
    text('\n');
  });
  const marks = path.join(bare, `marks-${branch.replace(/\W/g, '_')}`);
  await gitRaw(['fast-import', '--quiet', `--export-marks=${marks}`], bare, env, Buffer.concat(parts));
  const byMark = new Map(
    (await readFile(marks, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => line.split(' ') as [string, string]),
  );
  return commits.map((_, index) => byMark.get(`:${index + 1}`)!);
}
