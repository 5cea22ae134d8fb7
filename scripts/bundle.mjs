// Bundles the action (dist/index.js) and the CLI (dist/cli/index.js) with
// @vercel/ncc. dist/ is committed: the runner executes it without npm install.
import { createRequire } from 'node:module';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ncc = require('@vercel/ncc');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const targets = [
  { entry: 'src/index.ts', out: 'dist' },
  { entry: 'src/cli/index.ts', out: 'dist/cli' },
];

await rm(join(root, 'dist'), { recursive: true, force: true });
for (const { entry, out } of targets) {
  const { code, assets } = await ncc(join(root, entry), {
    minify: false,
    sourceMap: false,
    license: 'licenses.txt',
    quiet: true,
    // Reproducible output: the check-dist job compares it byte for byte.
    v8cache: false,
  });
  const outDir = join(root, out);
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'index.js'), code);
  for (const [name, asset] of Object.entries(assets ?? {})) {
    const file = join(outDir, name);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, asset.source, asset.permissions ? { mode: asset.permissions } : undefined);
  }
  console.log(`bundled ${entry} → ${out}/index.js (${(code.length / 1024).toFixed(0)} KiB)`);
}
