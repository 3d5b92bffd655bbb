// `wxt prepare` writes .wxt/ (types, tsconfig) for development. A production-only install
// (`npm ci --omit=dev`, e.g. for a licence review) has no wxt and builds nothing, so it skips the step.
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';

const require = createRequire(import.meta.url);
let hasWxt = true;
try {
  require.resolve('wxt/package.json');
} catch {
  hasWxt = false;
}
if (!hasWxt) {
  console.log('postinstall: wxt is not installed (production-only install); skipping `wxt prepare`.');
} else {
  const run = spawnSync('npx', ['wxt', 'prepare'], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}
