// SheetJS (half a megabyte) is loaded only when a file is imported: one module names it, through a dynamic import,
// and nothing the content scripts or the popup load statically reaches that module.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}
const all = ['utils', 'components', 'entrypoints'].flatMap((d) => sources(join(ROOT, d)));
const rel = (p: string) => relative(ROOT, p);

describe('SheetJS is loaded lazily', () => {
  it('only utils/import/read-workbook.ts names it, and only in a dynamic import', () => {
    const naming = all.filter((f) => readFileSync(f, 'utf8').includes('@e965/xlsx')).map(rel);
    expect(naming).toEqual(['utils/import/read-workbook.ts']);
    const text = readFileSync(join(ROOT, 'utils/import/read-workbook.ts'), 'utf8');
    expect(text).toMatch(/await import\('@e965\/xlsx'\)/);
    expect(text).not.toMatch(/^import (?!type)[^\n]*'@e965\/xlsx'/m);
  });

  it('only Options (ExcelImport, mounted by OptionsApp) imports the Excel import modules at run time', () => {
    // Type-only imports (the strings name the problem codes) load nothing.
    const runtime = /^import (?!type )[^\n]*from '(?:@\/utils\/import\/|@\/utils\/view\/excel-import|\.\/ExcelImport)/m;
    const importers = all.filter((f) => runtime.test(readFileSync(f, 'utf8'))).map(rel);
    expect(importers.sort()).toEqual(['components/ExcelImport.tsx', 'components/OptionsApp.tsx']);
  });
});
