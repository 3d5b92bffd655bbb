// Least privilege, strict CSP and no remote code, read off the production builds that ship:
// .output/chrome-mv3 (made by `wxt build` right before the browser tests) and a Firefox build made here into a
// temporary folder (so .output is left alone). Static checks only: no browser is started.
import { before, after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const CHROME = path.resolve('.output/chrome-mv3');
const SOURCE_DIRS = ['entrypoints', 'components', 'utils'];
/** Where the portals live: the only hosts the extension may touch without the clerk adding one in Options. */
const PORTAL_PATTERN = /^(?:\*|https?):\/\/(?:\*\.haiphong\.gov\.vn|dichvucong\.gov\.vn)\/.*$/;
/** Permission → the source that needs it. A permission with no use must go. */
const USES = {
  storage: /\b(?:browser|chrome)\.storage\b/,
  unlimitedStorage: /\bnew ReportDb\b|\bindexedDB\b/,
  clipboardWrite: /navigator\.clipboard\.write\b/,
  scripting: /\b(?:browser|chrome)\.scripting\b/,
  // Chromium only: the document that copies the popup's first screen into localStorage (no install prompt).
  offscreen: /\b(?:browser|chrome)\.offscreen\b/,
};
const ALLOWED_PERMISSIONS = Object.keys(USES);

let firefoxDir;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'trust-build-'));

before(() => {
  assert.ok(fs.existsSync(path.join(CHROME, 'manifest.json')), 'run `npx wxt build` first (npm test does)');
  const built = spawnSync(process.execPath, ['--input-type=module', '-e', `import { build } from 'wxt'; await build({ browser: 'firefox', outDir: ${JSON.stringify(tmp)} });`], { encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr || built.stdout);
  firefoxDir = path.join(tmp, 'firefox-mv2');
});
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

const manifestOf = (dir) => JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
const filesOf = (dir, ext) => fs.readdirSync(dir, { recursive: true }).filter((f) => f.endsWith(ext)).map((f) => path.join(dir, f));
const sourceText = () =>
  SOURCE_DIRS.flatMap((d) => filesOf(path.resolve(d), '.ts').concat(filesOf(path.resolve(d), '.tsx')))
    .map((f) => fs.readFileSync(f, 'utf8'))
    .join('\n');

describe('permissions', () => {
  test('Chrome asks only for storage, unlimitedStorage, clipboardWrite, scripting and offscreen; no host permission beyond the portals', () => {
    const m = manifestOf(CHROME);
    for (const p of m.permissions) assert.ok(ALLOWED_PERMISSIONS.includes(p), `unexpected permission ${p}`);
    assert.equal(new Set(m.permissions).size, m.permissions.length);
    for (const must of ['unlimitedStorage', 'scripting']) assert.ok(m.permissions.includes(must), `${must} is needed`);
    for (const host of m.host_permissions ?? []) assert.match(host, PORTAL_PATTERN);
    assert.deepEqual(m.optional_host_permissions, ['*://*/*'], 'other provinces: asked for at run time only');
    assert.equal(m.optional_permissions, undefined);
  });

  test('every declared permission is used by the code (an unused one is a needless install warning)', () => {
    const source = sourceText();
    const unused = manifestOf(CHROME).permissions.filter((p) => !USES[p]?.test(source));
    assert.deepEqual(unused, [], `declared but never used: ${unused.join(', ')} (wxt.config.ts)`);
  });

  test('content scripts run on the portals only; pages cannot message or frame the extension', () => {
    for (const m of [manifestOf(CHROME), manifestOf(firefoxDir)]) {
      const matches = m.content_scripts.flatMap((c) => c.matches);
      assert.ok(matches.length > 0);
      for (const pattern of matches) assert.match(pattern, /^(?:\*|https?):\/\/(?:\*\.haiphong\.gov\.vn|dichvucong\.gov\.vn)\//);
      assert.equal(m.externally_connectable, undefined);
      assert.equal(m.web_accessible_resources, undefined);
      assert.equal(m.key, undefined);
    }
  });

  test('Firefox asks for the same permissions, the broad origin only as optional, and declares no data collection', () => {
    const m = manifestOf(firefoxDir);
    for (const p of m.permissions) {
      assert.ok(ALLOWED_PERMISSIONS.includes(p) || PORTAL_PATTERN.test(p), `unexpected Firefox permission ${p}`);
    }
    assert.deepEqual(m.optional_permissions, ['*://*/*']);
    assert.deepEqual(m.browser_specific_settings?.gecko?.data_collection_permissions, { required: ['none'] });
  });
});

describe('content security policy', () => {
  const checkPolicy = (policy) => {
    const directives = Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name, values]));
    assert.deepEqual(directives['script-src'], ["'self'"], policy);
    assert.ok(['self', 'none'].map((v) => `'${v}'`).includes(directives['object-src']?.[0]), policy);
    assert.doesNotMatch(policy, /unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*|data:|blob:/);
  };

  test('Chrome extension pages: script-src \'self\' only, no eval, no remote or inline sources', () => {
    const m = manifestOf(CHROME);
    checkPolicy(m.content_security_policy.extension_pages);
    assert.equal(m.content_security_policy.sandbox, undefined);
    assert.equal(m.sandbox, undefined);
  });

  test('Firefox: the default policy (script-src \'self\') or a stricter one', () => {
    const csp = manifestOf(firefoxDir).content_security_policy;
    if (csp !== undefined) checkPolicy(typeof csp === 'string' ? csp : csp.extension_pages);
  });
});

describe('no remote code', () => {
  for (const [name, dir] of [['Chrome', () => CHROME], ['Firefox', () => firefoxDir]]) {
    test(`${name}: every HTML page loads only its own bundled scripts, no inline script`, () => {
      const pages = filesOf(dir(), '.html');
      assert.ok(pages.length >= 3, 'popup, options, report');
      for (const file of pages) {
        const html = fs.readFileSync(file, 'utf8');
        const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
        assert.ok(scripts.length > 0, file);
        for (const [, attrs, body] of scripts) {
          const src = /\bsrc="([^"]*)"/.exec(attrs)?.[1];
          assert.ok(src, `inline script in ${file}`);
          assert.equal(body.trim(), '');
          assert.match(src, /^\/[\w/.-]+\.js$/, `remote or odd script ${src} in ${file}`);
          assert.ok(fs.existsSync(path.join(dir(), src)), `${src} is bundled`);
        }
        for (const [, url] of html.matchAll(/\b(?:src|href)="([^"]*)"/g)) assert.doesNotMatch(url, /^(?:https?:)?\/\//, `remote resource ${url} in ${file}`);
      }
    });

    test(`${name}: no eval, new Function, string timers or remote imports in any bundled script`, () => {
      const scripts = filesOf(dir(), '.js');
      assert.ok(scripts.length >= 5);
      const forbidden = [
        [/(?<![\w$.])eval\s*\(/, 'eval('],
        [/(?<![\w$])new\s+Function\s*\(/, 'new Function('],
        [/(?<![\w$.])Function\s*\(\s*['"`]/, 'Function("…")'],
        [/\bset(?:Timeout|Interval)\s*\(\s*['"`]/, 'string timer'],
        [/\bimport\s*\(\s*['"`](?:https?:)?\/\//, 'remote import()'],
        [/\bimportScripts\s*\(/, 'importScripts('],
        [/\bnew\s+(?:WebSocket|EventSource)\s*\(/, 'socket'],
        [/\bsendBeacon\s*\(/, 'sendBeacon('],
      ];
      for (const file of scripts) {
        const js = fs.readFileSync(file, 'utf8');
        for (const [re, what] of forbidden) {
          const hit = re.exec(js);
          assert.equal(hit, null, `${what} in ${path.relative(dir(), file)}: …${hit ? js.slice(Math.max(0, hit.index - 60), hit.index + 60) : ''}…`);
        }
      }
    });
  }

  test('the portal content script itself makes no requests (anything it fetched would look like the portal\'s own)', () => {
    const js = fs.readFileSync(path.join(CHROME, 'content-scripts/portal.js'), 'utf8');
    assert.doesNotMatch(js, /\bfetch\s*\(|XMLHttpRequest|\.sendBeacon\b|new\s+(?:Image|WebSocket)\b/);
  });
});
