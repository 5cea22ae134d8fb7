/**
 * The bad-input corpus (issue 6 item 3): test/fixtures/bad-input/ holds the
 * broken post files that are plain text, and manifest.json the finding each
 * must produce. Files that do not belong in git as fixtures (5 MB, binary,
 * other encodings, symbolic links, a BOM or CRLF an editor would "fix") are
 * generated here, at run time, into the repository under test.
 */
import { copyFile, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS_DIR = fileURLToPath(new URL('../fixtures/bad-input/', import.meta.url));

export interface ManifestEntry {
  /** Repository path of the broken file. */
  file: string;
  /** Set for files written at run time; the generator's name. */
  generate?: string;
  /** The finding the action must report (null: the file must be ignored silently). */
  line: number | null;
  code: string | null;
  /** A fragment of the finding's message. */
  message: string | null;
}

export interface Manifest {
  valid: { file: string; text: string };
  entries: ManifestEntry[];
}

export async function readManifest(): Promise<Manifest> {
  return JSON.parse(await readFile(path.join(CORPUS_DIR, 'manifest.json'), 'utf8')) as Manifest;
}

/** Text post files with a problem on a known line, in an encoding or layout a fixture file would not keep. */
const GENERATORS: Record<string, (absolute: string, workspace: string) => Promise<void>> = {
  // A byte-order mark before the front-matter: lines and columns must still be right.
  bom: (f) => writeFile(f, '\uFEFF---\nchannel: twitter\ncolour: red\n---\nA BOM, then an unknown key.\n'),
  crlf: (f) =>
    writeFile(f, '---\r\nchannel: twitter\r\nmode: whenever\r\n---\r\nWindows line endings and a bad mode.\r\n'),
  // Text with one NUL byte in the body.
  nul: (f) => writeFile(f, '---\nchannel: twitter\n---\nFine so far.\nThen a \0 byte.\n'),
  // Valid front-matter, then 5 MB of text: never read, never published.
  huge: (f) =>
    writeFile(
      f,
      `---\nchannel: twitter\n---\n${'All work and no play makes a huge post.\n'.repeat(Math.ceil((5 * 1024 * 1024) / 40))}`.slice(
        0,
        5 * 1024 * 1024,
      ),
    ),
  // A PNG renamed to .md: signature (with its CR LF and LF), then an IHDR chunk full of NULs.
  binary: (f) =>
    writeFile(
      f,
      Buffer.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00,
        0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x08, 0x06,
      ]),
    ),
  utf16: (f) =>
    writeFile(
      f,
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from('---\nchannel: twitter\n---\nSaved as UTF-16.\n', 'utf16le'),
      ]),
    ),
  // "café" in Latin-1 on line 4.
  latin1: (f) =>
    writeFile(
      f,
      Buffer.concat([
        Buffer.from('---\nchannel: twitter\n---\nWe met at the caf'),
        Buffer.from([0xe9]),
        Buffer.from('.\n'),
      ]),
    ),
  // A link out of the repository to a file that would be a valid post: following it would publish it.
  'symlink-outside': async (f, workspace) => {
    const outside = path.join(workspace, '..', 'secret-outside.md');
    await writeFile(outside, '---\nchannel: twitter\n---\nSECRET from outside the repository.\n');
    await symlink(path.relative(path.dirname(f), outside), f);
  },
  'symlink-inside': (f) => symlink('valid-launch.md', f),
  // A post outside posts/: not a post, so neither published nor reported.
  'outside-posts': (f) => writeFile(f, '---\nchannel: twitter\n---\nA draft kept outside the posts folder.\n'),
};

/** Writes the corpus, the generated files and the valid post into `workspace`; returns the manifest. */
export async function writeCorpus(workspace: string): Promise<Manifest> {
  const manifest = await readManifest();
  await mkdir(path.join(workspace, 'posts'), { recursive: true });
  for (const name of await readdir(path.join(CORPUS_DIR, 'posts'))) {
    await copyFile(path.join(CORPUS_DIR, 'posts', name), path.join(workspace, 'posts', name));
  }
  await copyFile(
    path.join(CORPUS_DIR, 'valid', path.basename(manifest.valid.file)),
    path.join(workspace, manifest.valid.file),
  );
  for (const entry of manifest.entries) {
    if (!entry.generate) continue;
    const generate = GENERATORS[entry.generate];
    if (!generate) throw new Error(`manifest.json: no generator "${entry.generate}" for ${entry.file}`);
    const absolute = path.join(workspace, entry.file);
    await mkdir(path.dirname(absolute), { recursive: true });
    await generate(absolute, workspace);
  }
  return manifest;
}
