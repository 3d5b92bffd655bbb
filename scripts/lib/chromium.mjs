// Debian packages the tests need (browsers and LibreOffice cannot be downloaded by npm here).
// Installs them with apt when we are root on Debian; otherwise prints the one command to run.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

/** Installs the missing Debian packages among `[command, package]` pairs. */
export function ensureDebianPackages(pairs) {
  const missing = pairs.filter(([cmd]) => !(cmd.startsWith('/') ? fs.existsSync(cmd) : has(cmd))).map(([, pkg]) => pkg);
  if (missing.length === 0) return;
  const install = `apt-get update && apt-get install -y ${[...new Set(missing)].join(' ')}`;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !fs.existsSync('/usr/bin/apt-get')) {
    console.error(`Thiếu gói Debian: ${missing.join(', ')}. Chạy lệnh sau rồi thử lại:\n  sudo sh -c '${install}'`);
    process.exit(1);
  }
  console.log(`Đang cài gói còn thiếu bằng apt: ${missing.join(', ')} …`);
  execFileSync('sh', ['-c', `${install} >/dev/null`], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

export function ensureChromium() {
  ensureDebianPackages([[CHROMIUM, 'chromium']]);
  return CHROMIUM;
}
