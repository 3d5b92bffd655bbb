// Store readiness for Firefox: builds the Firefox add-on (`wxt build -b firefox`, MV2 as shipped; `--mv3` for the
// MV3 variant) and runs Mozilla's add-ons linter through web-ext. Exits 1 when the linter reports any error;
// warnings and notices are listed but do not fail (see the report for the ones that come from libraries).
//   npm run lint:firefox            # .output/firefox-mv2
//   npm run lint:firefox -- --mv3   # .output/firefox-mv3
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import webExt from 'web-ext';

const mv3 = process.argv.includes('--mv3');
const sourceDir = path.resolve(`.output/firefox-${mv3 ? 'mv3' : 'mv2'}`);

const build = spawnSync('npx', ['wxt', 'build', '-b', 'firefox', ...(mv3 ? ['--mv3'] : [])], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
if (build.status !== 0) {
  process.stdout.write(build.stdout ?? '');
  console.error('Dựng bản Firefox thất bại.');
  process.exit(1);
}

// web-ext prints its own report when output is 'text'; ask for the result object instead and print it ourselves.
const result = await webExt.cmd.lint(
  { sourceDir, output: 'none', boring: true, selfHosted: false, warningsAsErrors: false, pretty: false, metadata: false, privileged: false },
  { shouldExitProgram: false },
);
const line = (m) => `  ${m.code}: ${m.message}${m.file ? ` (${m.file}${m.line ? `:${m.line}` : ''})` : ''}`;
const { errors = [], warnings = [], notices = [] } = result ?? {};
console.log(`web-ext lint ${path.relative(process.cwd(), sourceDir)}: ${errors.length} errors, ${warnings.length} warnings, ${notices.length} notices`);
if (errors.length > 0) console.log(`Errors:\n${errors.map(line).join('\n')}`);
if (warnings.length > 0) console.log(`Warnings:\n${warnings.map(line).join('\n')}`);
if (notices.length > 0) console.log(`Notices:\n${notices.map(line).join('\n')}`);
process.exit(errors.length > 0 ? 1 : 0);
