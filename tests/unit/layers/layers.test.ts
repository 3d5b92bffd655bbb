// @vitest-environment node
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

// The project's own rules and alias resolution, exactly as `npm run lint:layers` uses them.
const require = createRequire(import.meta.url);
const config = require('../../../.dependency-cruiser.cjs') as IConfiguration;
const aliases = require('../../../scripts/lib/wxt-aliases.cjs') as { resolve: { alias: Record<string, string> } };
const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/layers/${name}/`, import.meta.url));

async function cruiseTree(baseDir: string, entries: string[], extra: object = {}): Promise<ICruiseResult> {
  const { webpackConfig: _, ...options } = config.options ?? {};
  const { output } = await cruise(
    entries,
    { ...options, ...extra, baseDir, validate: true, ruleSet: { forbidden: config.forbidden ?? [] } },
    { alias: aliases.resolve.alias },
  );
  return output as ICruiseResult;
}

const violations = (r: ICruiseResult) => r.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);

describe('the layer rule (.dependency-cruiser.cjs)', () => {
  it('reports a backward import: utils/extract importing utils/report', async () => {
    const result = await cruiseTree(fixture('backward'), ['utils']);
    expect(violations(result)).toEqual(['extract-imports-domain-only: utils/extract/x.ts → utils/report/y.ts']);
    expect(result.summary.error).toBe(1);
  });

  it('passes a tree that takes every permitted step of the layer order', async () => {
    const result = await cruiseTree(fixture('clean'), ['utils', 'components', 'entrypoints']);
    expect(result.summary.totalCruised).toBe(10);
    expect(violations(result)).toEqual([]);
  });

  it('resolves the @/ alias of .wxt/tsconfig.json, so imports written with it are checked too', async () => {
    const result = await cruiseTree(root, ['entrypoints/background.ts'], { maxDepth: 1 });
    const deps = result.modules.find((m) => m.source === 'entrypoints/background.ts')?.dependencies ?? [];
    const aliased = deps.filter((d) => d.module.startsWith('@/'));
    expect(aliased.length).toBeGreaterThan(0);
    for (const d of aliased) expect([`${d.module.slice(2)}.ts`, `${d.module.slice(2)}.tsx`]).toContain(d.resolved);
  });
});
