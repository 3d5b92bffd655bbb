/**
 * Imported sheets are stored like captured pages, with the file as their source (no made-up address), and a
 * backup carries that source back; the schemas accept exactly one source per capture.
 */
import * as v from 'valibot';
import { beforeEach, describe, expect, it } from 'vitest';
import { ReportDb } from '@/utils/store/db';
import { saveExtraction } from '@/utils/store/captures';
import { backupParts, importData, parseBackup } from '@/utils/store/backup';
import { BackupCaptureSchema } from '@/utils/store/schemas';
import { pickFigures } from '@/utils/report/figures';
import { seedExtraction } from '../store/sample';

const FILE = { name: 'Bieu06_T02.xlsx', sheet: 'Bieu06' };
const source = { url: '', title: 'Bieu06_T02.xlsx › Bieu06', file: FILE };
const AT = '2026-02-16T01:00:00.000Z';
const addressed = seedExtraction({
  cells: { receivedTotal: { header: ['Số hồ sơ nhận giải quyết', 'Tổng số'], row: 'Tổng cộng', raw: '795', address: 'C13' } },
});
let db: ReportDb;

beforeEach(async () => {
  db = new ReportDb(`file-captures-${Math.random()}`);
  await db.open();
});

describe('captures imported from files', () => {
  it('are stored with the file and sheet as their source and the cell address in their provenance', async () => {
    expect(await saveExtraction(db, addressed, source, AT)).toMatchObject({ status: 'stored' });
    const [stored] = await db.captures.toArray();
    expect(stored).toMatchObject({ url: '', file: FILE, title: source.title, capturedAt: AT, periodKey: '2026-01-15..2026-02-14' });
    expect(stored?.cells.receivedTotal?.address).toBe('C13');
    // The report reads them like any capture; the source shown is the file's.
    const figures = pickFigures(await db.captures.toArray(), { from: '2026-01-15', to: '2026-02-14' });
    expect(figures.values.receivedTotal).toBe(795);
    expect(figures.sources.receivedTotal).toMatchObject({ kind: 'capture', file: FILE, cell: { address: 'C13' } });
  });

  it('the same file imported again only updates; another sheet or file with the same numbers is its own source', async () => {
    await saveExtraction(db, addressed, source, AT);
    expect(await saveExtraction(db, addressed, source, '2026-02-17T01:00:00.000Z')).toMatchObject({ status: 'updated' });
    await saveExtraction(db, addressed, { ...source, file: { ...FILE, sheet: 'Sheet2' } }, '2026-02-18T01:00:00.000Z');
    await saveExtraction(db, addressed, { url: 'https://motcua.haiphong.gov.vn/bieu-06', title: 'Biểu 06' }, '2026-02-19T01:00:00.000Z');
    const all = await db.captures.toArray();
    expect(all.map((c) => c.file?.sheet ?? c.url)).toEqual(['Bieu06', 'Sheet2', 'https://motcua.haiphong.gov.vn/bieu-06']);
    expect(new Set(all.map((c) => c.contentKey)).size).toBe(3);
  });

  it('a backup round-trips the file source and the address, with the same content key', async () => {
    await saveExtraction(db, addressed, source, AT);
    const text = (await backupParts(db, '2026-02-20T00:00:00.000Z')).parts.join('');
    const parsed = parseBackup(text, '2026-02-20T00:00:00.000Z');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const [before] = await db.captures.toArray();
    const { id: _id, ...withoutId } = before ?? ({} as never);
    expect(parsed.data.captures).toEqual([withoutId]);
    const other = new ReportDb(`file-captures-${Math.random()}`);
    await other.open();
    expect(await importData(other, parsed.data)).toMatchObject({ added: 1 });
    expect(await other.captures.toArray()).toMatchObject([{ url: '', file: FILE, cells: { receivedTotal: { address: 'C13' } } }]);
  });

  it('the backup schema takes one source per capture: an address, or a file with no address', () => {
    const base = { ...addressed, title: 't', capturedAt: AT, lastSeenAt: AT };
    const ok = (c: object) => v.safeParse(BackupCaptureSchema, c).success;
    expect(ok({ ...base, url: '', file: FILE })).toBe(true);
    expect(ok({ ...base, url: 'https://motcua.haiphong.gov.vn/x' })).toBe(true);
    expect(ok({ ...base, url: '' })).toBe(false);
    expect(ok({ ...base, url: 'https://motcua.haiphong.gov.vn/x', file: FILE })).toBe(false);
    expect(ok({ ...base, url: 'file:///C:/Bieu06.xlsx', file: FILE })).toBe(false);
    expect(ok({ ...base, url: '', file: { name: '', sheet: 'x' } })).toBe(false);
    const badAddress = { ...addressed.cells.receivedTotal, address: '<b>' };
    expect(ok({ ...base, url: '', file: FILE, cells: { receivedTotal: badAddress } })).toBe(false);
  });
});
