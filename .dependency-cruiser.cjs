/**
 * The layer order of issue 10 (README "How it is built"), checked by `npm run lint:layers` as part of `npm test`.
 * Lower layers never import higher ones:
 *   1. domain            utils/domain/ (and utils/types.ts until it moves there): imports nothing of ours
 *   2. extract, national page/JSON → extraction: domain only (national may reuse extract's text and unit-name matching)
 *   3. report, chart     figures, indicators, sections: domain only (chart may use report)
 *   4. capture, store    may use domain, extract, national, report (not each other)
 *      import            Excel exports → extractions through extract's pipeline: domain and extract only
 *   5. view → components → entrypoints
 * Type-only imports count: a type is knowledge too. tests/unit/layers/layers.test.ts proves the rules bite.
 */
const DOMAIN = '^utils/(domain/|types[.]ts$)';
const OURS = '^(utils|components|entrypoints)/';

/** A rule: files under `from` may import, of our own code, only what matches one of `allowed`. */
function layer(name, comment, from, allowed) {
  return {
    name,
    comment,
    severity: 'error',
    from: { path: from },
    to: { path: OURS, pathNot: `(${allowed.join(')|(')})` },
  };
}

module.exports = {
  forbidden: [
    layer('domain-imports-nothing', 'utils/domain is the base layer: it imports nothing of ours.', DOMAIN, [DOMAIN]),
    layer('extract-imports-domain-only', 'utils/extract reads pages: it may import utils/domain only.', '^utils/extract/', [
      DOMAIN,
      '^utils/extract/',
    ]),
    layer(
      'national-imports-domain-only',
      'utils/national reads the national JSON: utils/domain only, plus the text normalisation and unit-name matching of utils/extract.',
      '^utils/national/',
      [DOMAIN, '^utils/national/', '^utils/extract/(normalize|rows)[.]ts$'],
    ),
    layer('report-imports-domain-only', 'utils/report computes figures and text: it may import utils/domain only.', '^utils/report/', [
      DOMAIN,
      '^utils/report/',
    ]),
    layer('chart-imports-domain-and-report', 'utils/chart may import utils/domain and utils/report only.', '^utils/chart/', [
      DOMAIN,
      '^utils/(chart|report)/',
    ]),
    layer(
      'capture-below-view',
      'utils/capture may import utils/domain, extract, national and report; not store, view, components or entrypoints.',
      '^utils/capture/',
      [DOMAIN, '^utils/(capture|extract|national|report)/'],
    ),
    layer(
      'store-below-view',
      'utils/store may import utils/domain, extract, national and report; not capture, view, components or entrypoints.',
      '^utils/store/',
      [DOMAIN, '^utils/(store|extract|national|report)/'],
    ),
    layer(
      'import-below-view',
      'utils/import reads Excel exports through the page pipeline: it may import utils/domain and extract only.',
      '^utils/import/',
      [DOMAIN, '^utils/(import|extract)/'],
    ),
    layer('view-below-components', 'utils/view may import any of utils/, never components or entrypoints.', '^utils/view/', ['^utils/']),
    layer('components-below-entrypoints', 'components may import utils/ and components/, never entrypoints.', '^components/', [
      '^(utils|components)/',
    ]),
    {
      name: 'utils-below-components',
      comment: 'Nothing in utils/ imports components or entrypoints (this also covers folders not yet in the list).',
      severity: 'error',
      from: { path: '^utils/' },
      to: { path: '^(components|entrypoints)/' },
    },
    {
      name: 'utils-file-in-a-layer',
      comment:
        'Every module under utils/ belongs to a layer. A new folder gets its place in .dependency-cruiser.cjs ' +
        '(and the README picture) before it is used.',
      severity: 'error',
      from: {},
      to: {
        path: '^utils/',
        pathNot: `(${DOMAIN})|^utils/(extract|national|report|chart|capture|store|import|view)/`,
      },
    },
    {
      name: 'no-cycles-in-utils',
      comment: 'Modules under utils/ form no import cycle.',
      severity: 'error',
      from: { path: '^utils/' },
      to: { path: '^utils/', circular: true },
    },
    {
      name: 'resolvable',
      comment: 'Every import resolves (a typo or a missing alias would otherwise hide a dependency from the rules).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|[.]output|[.]wxt)/' },
    // `import type` is a dependency too.
    tsPreCompilationDeps: true,
    // The `@/` alias, read from .wxt/tsconfig.json (see that file for why not the tsConfig option).
    webpackConfig: { fileName: 'scripts/lib/wxt-aliases.cjs' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs'],
    },
    skipAnalysisNotInRules: true,
  },
};
