/**
 * The `@/`, `~/` … import aliases as `wxt prepare` writes them into .wxt/tsconfig.json, in the shape of a webpack
 * config, for dependency-cruiser (.dependency-cruiser.cjs). Its own tsConfig option resolves `paths` against the
 * working directory instead of the file that declares them (.wxt/), so every `@/…` import would stay unresolved.
 */
const { readFileSync } = require('node:fs');
const { join, resolve } = require('node:path');

const dir = resolve(__dirname, '../../.wxt');
let text;
try {
  text = readFileSync(join(dir, 'tsconfig.json'), 'utf8');
} catch {
  throw new Error('.wxt/tsconfig.json is missing: run `npx wxt prepare` (npm install does it) first.');
}
const { compilerOptions } = JSON.parse(text);
const alias = {};
for (const [key, [target]] of Object.entries(compilerOptions.paths ?? {})) {
  if (key.endsWith('/*') && target.endsWith('/*')) alias[key.slice(0, -2)] = resolve(dir, target.slice(0, -2));
}

module.exports = { resolve: { alias } };
