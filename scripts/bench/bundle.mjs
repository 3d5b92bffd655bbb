// Bundles utils/extract/index.ts into one minified IIFE (global `BenchExtract`) for plain pages.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

export async function bundleExtract(repoRoot, outDir, { minify = true } = {}) {
  await build({
    configFile: false,
    root: repoRoot,
    publicDir: false,
    logLevel: 'warn',
    resolve: { alias: { '@': repoRoot } },
    build: {
      lib: { entry: path.join(repoRoot, 'utils/extract/index.ts'), formats: ['iife'], name: 'BenchExtract', fileName: () => 'extract.js' },
      outDir,
      emptyOutDir: false,
      write: true,
      minify,
    },
  });
  return fs.readFileSync(path.join(outDir, 'extract.js'));
}
