/**
 * Every export in tests/fixtures/excel (written by scripts/make-excel-fixtures.mjs with SheetJS's writer) against
 * expected.json: per sheet the extractions (fields, period, row, provenance with the cell address) or the refusal.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CellRef, FieldKey, Fields, PageKind, Period, RowChoice } from '@/utils/domain/types';
import { DIR, readFixture } from './read';

interface ExpectedSheet {
  unit?: string | null;
  problem?: unknown;
  extractions?: {
    kinds: PageKind[];
    period: Period | null;
    unit: string;
    rowChoice: RowChoice;
    fields: Fields;
    cells?: Partial<Record<FieldKey, CellRef>>;
  }[];
}

const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, Record<string, ExpectedSheet>>;
const files = readdirSync(DIR).filter((f) => /\.xlsx?$/.test(f));

describe('Excel exports through the page pipeline', () => {
  it('has an .xlsx, a BIFF .xls and an HTML table saved as .xls, each with its expected sheets', () => {
    expect(files.sort()).toEqual(Object.keys(expected).sort());
    const head = (f: string) => readFileSync(join(DIR, f)).subarray(0, 8);
    expect(head('Bieu06_T02.xlsx').subarray(0, 2).toString()).toBe('PK'); // zip
    expect(head('ThongKe_QuyI_2025.xls').toString('hex')).toBe('d0cf11e0a1b11ae1'); // OLE2 compound file (BIFF8)
    expect(head('BaoCao06_T01.xls').toString()).toMatch(/^<html/);
  });

  for (const file of files) {
    it(file, async () => {
      const result = await readFixture(file);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const want = expected[file] ?? {};
      expect(result.sheets.map((s) => s.sheet)).toEqual(Object.keys(want));
      for (const { sheet, outcome, file: name } of result.sheets) {
        expect(name).toBe(file);
        const w = want[sheet] as ExpectedSheet;
        if (w.problem) {
          expect(outcome).toEqual({ ok: false, problem: w.problem });
          continue;
        }
        expect(outcome.ok, sheet).toBe(true);
        if (!outcome.ok) continue;
        expect(outcome.unit).toBe(w.unit);
        expect(outcome.extractions).toHaveLength(w.extractions?.length ?? 0);
        outcome.extractions.forEach((e, i) => {
          const x = w.extractions?.[i];
          expect({ kinds: e.kinds, period: e.period, unit: e.unit, rowChoice: e.rowChoice, fields: e.fields }).toEqual({
            kinds: x?.kinds,
            period: x?.period,
            unit: x?.unit,
            rowChoice: x?.rowChoice,
            fields: x?.fields,
          });
          expect(e.warnings).toEqual([]);
          if (x?.cells) expect(e.cells).toMatchObject(x.cells);
          // Every value read carries its provenance, with the sheet cell it came from.
          expect(Object.keys(e.cells).sort()).toEqual(Object.keys(e.fields).sort());
          for (const cell of Object.values(e.cells)) expect(cell?.address).toMatch(/^[A-Z]+\d+$/);
        });
      }
    });
  }
});
