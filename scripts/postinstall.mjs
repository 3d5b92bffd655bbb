// `wxt prepare` writes .wxt/ (types, tsconfig) for development. A production-only install
// (`npm ci --omit=dev`, e.g. for a licence review) has no wxt and builds nothing, so it skips the step.
// (wxt's package.json is not in its "exports", so its presence is checked on disk, not with require.resolve.)
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

if (!existsSync('node_modules/wxt/package.json')) {
  console.log('postinstall: wxt is not installed (production-only install); skipping `wxt prepare`.');
} else {
  const run = spawnSync('npx', ['wxt', 'prepare'], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}
