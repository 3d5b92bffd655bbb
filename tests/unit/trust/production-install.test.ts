// A production-only install (`npm ci --omit=dev`) must pull only what the shipped extension needs (issue 15):
// the lock file marks every package outside the production closure as "dev".
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockEntry {
  dev?: boolean;
  peerDependencies?: Record<string, string>;
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockEntry> };
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
const production = Object.entries(lock.packages).filter(([path, entry]) => path !== '' && !entry.dev);
const names = production.map(([path]) => path.replace(/^.*node_modules\//, ''));

describe('production install', () => {
  it('holds no build or test tool', () => {
    for (const tool of ['wxt', 'vite', 'vitest', 'typescript-eslint', 'web-ext', 'playwright-core', '@wxt-dev/webextension-polyfill']) {
      expect(names).not.toContain(tool);
    }
  });

  it('stays small: the runtime libraries and their own dependencies', () => {
    expect(production.length).toBeLessThanOrEqual(30);
    for (const dependency of Object.keys(pkg.dependencies)) expect(names).toContain(dependency);
  });

  it('has no package that needs wxt at run time', () => {
    const needWxt = production.filter(([, entry]) => entry.peerDependencies?.wxt).map(([path]) => path);
    expect(needWxt).toEqual([]);
  });
});
