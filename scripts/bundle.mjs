// Bundles the action (dist/index.js) and the CLI (dist/cli/index.js) with
// @vercel/ncc. dist/ is committed: the runner executes it without npm install.
// Everything is built into a scratch folder first and swapped into dist/ at
// the end, so the E2E tests (and anyone else running dist/) never see a
// half-written or missing bundle while this runs.
import { createRequire } from 'node:module';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ncc = require('@vercel/ncc');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const targets = [
  { entry: 'src/index.ts', out: '.' },
  { entry: 'src/cli/index.ts', out: 'cli' },
];

// Beside dist/ (same file system, so the swap is two renames); .tmp/ is git-ignored.
const build = join(root, '.tmp', `bundle-${process.pid}`);
await rm(build, { recursive: true, force: true });
try {
  for (const { entry, out } of targets) {
    const { code, assets } = await ncc(join(root, entry), {
      minify: false,
      sourceMap: false,
      license: 'licenses.txt',
      quiet: true,
      // Reproducible output: the check-dist job compares it byte for byte.
      v8cache: false,
    });
    const outDir = join(build, out);
    await mkdir(outDir, { recursive: true });
    await writeFile(join(outDir, 'index.js'), code);
    for (const [name, asset] of Object.entries(assets ?? {})) {
      const file = join(outDir, name);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, asset.source, asset.permissions ? { mode: asset.permissions } : undefined);
    }
    console.log(`bundled ${entry} → ${join('dist', out, 'index.js')} (${(code.length / 1024).toFixed(0)} KiB)`);
  }
  // The swap: dist/ is missing only between these two renames.
  const old = join(root, '.tmp', `dist-old-${process.pid}`);
  await rename(join(root, 'dist'), old).catch((error) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(build, join(root, 'dist'));
  await rm(old, { recursive: true, force: true });
} finally {
  await rm(build, { recursive: true, force: true });
}
