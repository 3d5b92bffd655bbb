/**
 * What Options does with chosen files: each sheet stored with the file as its source, or refused with its reason,
 * or held until the clerk picks its period; imported months feed the trend and the derived quarter like
 * captured ones.
 */
import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, it } from 'vitest';
import { ReportDb } from '@/utils/store/db';
import { importExportFiles, storeWithPeriod, type ImportLine } from '@/utils/view/excel-import';
import { periodById } from '@/utils/domain/period';
import { resolveFigures } from '@/utils/report/period-figures';
import { buildTrend } from '@/utils/chart/trend';
import { DEFAULT_SETTINGS } from '@/utils/store/settings';
import { monthlyWorkbook, sheetOf, workbookBytes } from '../../../scripts/lib/excel-fixtures.mjs';
import { saveTaught } from '@/utils/store/rules';
import { OPTIONS, chosenFile } from './read';

const NOW = '2026-02-20T03:00:00.000Z';
const SETTINGS = { ...DEFAULT_SETTINGS, ...OPTIONS };
let db: ReportDb;
const run = (files: ReturnType<typeof chosenFile>[], progress: number[] = []) =>
  importExportFiles(db, files, SETTINGS, NOW, new JSDOM('').window.document, (p) => progress.push(p.done));

beforeEach(async () => {
  db = new ReportDb(`import-files-${Math.random()}`);
  await db.open();
});

describe('importing export files', () => {
  it('stores what is the clerk\'s, refuses another unit\'s, and waits for a period where none is written', async () => {
    const progress: number[] = [];
    const names = ['Bieu06_T02.xlsx', 'Bieu06_AnLao.xlsx', 'Bieu06_KhongKy.xlsx'];
    const lines = await run(names.map((n) => chosenFile(n)), progress);
    expect(progress).toEqual([1, 2, 3]);
    expect(lines.map((l) => [l.file, l.sheet, l.status])).toEqual([
      ['Bieu06_T02.xlsx', 'Bieu06', 'stored'],
      ['Bieu06_T02.xlsx', 'SoHoa', 'stored'],
      ['Bieu06_AnLao.xlsx', 'Bieu06', 'refused'],
      ['Bieu06_KhongKy.xlsx', 'Bieu06', 'needsPeriod'],
    ]);
    expect(lines[2]).toMatchObject({ problem: { code: 'otherUnit', unit: 'XÃ AN LÃO' } });
    expect(lines[0]).toMatchObject({ kinds: ['results', 'online'], period: { from: '2026-01-15', to: '2026-02-14' }, unit: 'XÃ BÌNH GIANG', alreadyStored: false });
    const stored = await db.captures.toArray();
    expect(stored.map((c) => c.file)).toEqual([
      { name: 'Bieu06_T02.xlsx', sheet: 'Bieu06' },
      { name: 'Bieu06_T02.xlsx', sheet: 'SoHoa' },
    ]);

    const waiting = lines[3] as ImportLine & { status: 'needsPeriod' };
    const january = periodById('month:2026-01') ?? { from: '', to: '' };
    expect(await storeWithPeriod(db, waiting, january, NOW)).toMatchObject({ status: 'stored', period: { from: '2025-12-15', to: '2026-01-14' } });
    expect(await db.captures.where('periodKey').equals('2025-12-15..2026-01-14').count()).toBe(1);

    // The same files again: nothing new.
    const again = await run([chosenFile('Bieu06_T02.xlsx')]);
    expect(again.map((l) => l.status === 'stored' && l.alreadyStored)).toEqual([true, true]);
    expect(await db.captures.count()).toBe(3);
  });

  it('twelve monthly files fill the trend\'s twelve months and "Quý I/2025" is summed from three of them', async () => {
    const months = Array.from({ length: 12 }, (_, i) => periodById(`month:2025-${String(i + 1).padStart(2, '0')}`));
    const files = months.map((m, i) => chosenFile(`Bieu06_T${i + 1}_2025.xlsx`, monthlyWorkbook({ from: m?.from ?? '', to: m?.to ?? '', shift: i })));
    const lines = await run(files);
    expect(lines.every((l) => l.status === 'stored')).toBe(true);
    const captures = await db.captures.toArray();
    expect(captures).toHaveLength(12);
    const december = periodById('month:2025-12');
    if (!december) throw new Error('no period');
    const trend = buildTrend(captures, december, SETTINGS);
    expect(trend.labels).toHaveLength(12);
    expect(trend.series.find((s) => s.key === 'onTime')?.values.every((v) => v !== null)).toBe(true);
    const quarter = periodById('quarter:2025-1');
    if (!quarter) throw new Error('no period');
    const { figures } = resolveFigures(captures, quarter, { cutoffDay: 15 });
    expect(figures.fromMonths?.months).toEqual(['Tháng 01/2025', 'Tháng 02/2025', 'Tháng 03/2025']);
    // Each month adds 2 dossiers per row (3 rows) to the seed month's 795.
    expect(figures.values.receivedTotal).toBe(795 * 3 + 6 * (0 + 1 + 2));
  });

  it('a reading the clerk taught on the portal\'s page applies to the portal\'s file with the same headers', async () => {
    const sheet = sheetOf([
      ['ỦY BAN NHÂN DÂN XÃ BÌNH GIANG'],
      ['(Từ ngày 15/01/2026 đến ngày 14/02/2026)'],
      ['STT', 'Lĩnh vực', 'Hồ sơ tiếp nhận', null, 'Hồ sơ khép lại', 'Còn đang thụ lý'],
      [null, null, 'Tổng số', 'Trực tuyến', null, null],
      [1, 'Chứng thực', 412, 412, 410, 2],
      [2, 'Hộ tịch', 383, 383, 380, 3],
      [null, 'Tổng cộng', 795, 795, 790, 5],
    ], ['C3:D3', 'A3:A4', 'B3:B4', 'E3:E4', 'F3:F4']);
    const file = () => chosenFile('ThongKe.xlsx', workbookBytes([['ThongKe', sheet]]));
    const engineAlone = await run([file()]);
    expect(engineAlone[0]).toMatchObject({ status: 'stored' });
    const before = (await db.captures.toArray())[0];
    expect(before?.fields.receivedNew).toBe(795);
    expect(before?.fields.resolvedTotal).toBeUndefined();
    expect(before?.fields.inProgressTotal).toBeUndefined();

    // Taught on the portal's page (another origin than any file has), with the same header wording.
    const columns = [
      { header: ['Hồ sơ khép lại'], field: null, engine: null, samples: ['790'] },
      { header: ['Còn đang thụ lý'], field: null, engine: null, samples: ['5'] },
    ];
    await saveTaught(db, 'http://motcua.haiphong.gov.vn', { columns }, ['resolvedTotal', 'inProgressTotal'], NOW);
    const taught = await run([file()]);
    expect(taught[0]).toMatchObject({ status: 'stored' });
    const after = await db.captures.toArray();
    expect(after).toHaveLength(1);
    expect(after[0]?.fields).toMatchObject({ receivedNew: 795, receivedOnline: 795, resolvedTotal: 790, inProgressTotal: 5 });
  });
});
