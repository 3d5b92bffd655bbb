// LibreOffice (headless) as the stand-in for Word: conversions for the Word-fidelity test and scripts/render-docx.mjs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The soffice executable on PATH, or null. */
export function findSoffice() {
  const found = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : null;
}

/**
 * Converts `input` with `soffice --convert-to target` into `outDir` and returns the output file.
 * Each run gets its own profile, so parallel runs do not wait on each other's lock.
 */
export function convertWithLibreOffice(input, target, outDir) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-profile-'));
  try {
    const run = spawnSync(
      'soffice',
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', target, '--outdir', outDir, input],
      { encoding: 'utf8', timeout: 120_000 },
    );
    const output = path.join(outDir, `${path.parse(input).name}.${target.split(':')[0]}`);
    if (run.status !== 0 || !fs.existsSync(output)) {
      throw new Error(`soffice could not convert ${input} to ${target}: ${run.stderr || run.stdout || run.error}`);
    }
    return output;
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}
