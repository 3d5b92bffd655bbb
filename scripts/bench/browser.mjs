// Headless Debian Chromium for the bench (toolchain.md §5), optionally with an unpacked extension,
// plus a loopback server for generated pages. Every hostname other than 127.0.0.1 resolves to nothing.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ensureChromium } from '../lib/chromium.mjs';

const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/**
 * A persistent context; with `extensionDir` that unpacked extension is loaded and its id returned.
 * (scripts/lib/extension-browser.mjs always loads the shipped `.output/chrome-mv3`; the popup bench
 * needs a copy with an extra page, so it launches here with the same flags.)
 */
export async function launch({ extensionDir } = {}) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bao-cao-bench-'));
  const ext = extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : [];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: ensureChromium(),
    headless: true,
    ignoreDefaultArgs: extensionDir ? ['--disable-extensions'] : [],
    viewport: { width: 800, height: 600 },
    locale: 'vi-VN',
    args: [...ext, ...FLAGS],
  });
  let extensionId = null;
  if (extensionDir) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Serves `files` (pathname → { body, type }) on 127.0.0.1. Cross-origin isolated (COOP/COEP),
 * so `performance.now()` has 5 µs resolution instead of 100 µs.
 */
export async function serve(files) {
  const server = http.createServer((req, res) => {
    const file = files.get(new URL(req.url ?? '/', 'http://bench').pathname);
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, {
      'content-type': file.type,
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    });
    res.end(file.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: (pathname) => `http://127.0.0.1:${port}${pathname}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
