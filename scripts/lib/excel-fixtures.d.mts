export function sheetOf(rows: unknown[][], merges?: string[]): unknown;
export function workbookBytes(sheets: [string, unknown][], bookType?: 'xlsx' | 'biff8'): Buffer;
export function bieu06Sheet(o: { unitTitle?: string; periodLine: string; rows: (string | number)[][] }): unknown;
export const SEED_ROWS: (string | number)[][];
export function digitizationSheet(o: { monthLine: string; units: (string | number)[][] }): unknown;
export function monthlyWorkbook(o: { from: string; to: string; shift: number }): Buffer;
export function bigUnitsWorkbook(count: number): Buffer;
