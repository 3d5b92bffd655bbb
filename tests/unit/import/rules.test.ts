/**
 * The page rules hold on files: personal columns are never read, another unit's figures never stand in for the
 * clerk's (by its rows, as on a page, or by its title), numbers come from the cell's value, not its shown text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cellText } from '@/utils/import/sheet-table';
import { extractSheet } from '@/utils/import/sheet-extract';
import { otherUnit } from '@/utils/extract/page-unit';
import { htmlDoc } from '../extract/dom';
import { personalPaths } from '../../fixtures/trust/people.mjs';
import { DIR, OPTIONS, readFixture } from './read';

const doc = () => new JSDOM('').window.document;
const sheet = (rows: unknown[][], merges: string[] = []) => {
  const ws = XLSX.utils.aoa_to_sheet(rows);
  ws['!merges'] = merges.map((m) => XLSX.utils.decode_range(m));
  return ws as never;
};
const HEAD = ['STT', 'Đơn vị', 'Số hồ sơ tiếp nhận', 'Số hồ sơ đã giải quyết', 'Số hồ sơ đang giải quyết'];

describe('page rules on Excel exports', () => {
  it('a dossier list with citizens gives its totals and nothing personal', async () => {
    const result = await readFixture('ThongKe_QuyI_2025.xls');
    if (!result.ok) throw new Error('not read');
    const list = result.sheets.find((s) => s.sheet === 'DanhSach');
    expect(list?.outcome.ok).toBe(true);
    expect(personalPaths(result.sheets)).toEqual([]);
    // The names were in the file: the check could fail.
    const book = XLSX.read(readFileSync(join(DIR, 'ThongKe_QuyI_2025.xls')));
    expect(personalPaths(XLSX.utils.sheet_to_json(book.Sheets.DanhSach as XLSX.WorkSheet, { header: 1 }))).not.toEqual([]);
  });

  it('a table by unit without the clerk\'s row is refused with the page pipeline\'s reason', () => {
    const outcome = extractSheet(doc(), sheet([['Tháng 02/2026'], HEAD, [1, 'UBND xã An Lão', 10, 8, 2], [2, 'UBND xã Thanh Hà', 5, 5, 0]]), OPTIONS);
    expect(outcome).toEqual({ ok: false, problem: { code: 'unreadable', detail: 'bảng chia theo đơn vị nhưng không có dòng của «xã Bình Giang»' } });
  });

  it('a file whose title names another unit is refused; the clerk\'s own title (any case or wording) is read', () => {
    const rows = (title: string) => [[title], ['Tháng 02/2026'], HEAD.filter((h) => h !== 'Đơn vị'), [1, 10, 8, 2]];
    expect(extractSheet(doc(), sheet(rows('Đơn vị báo cáo: UBND phường Hồng Bàng')), OPTIONS)).toEqual({
      ok: false,
      problem: { code: 'otherUnit', unit: 'phường Hồng Bàng' },
    });
    const own = extractSheet(doc(), sheet(rows('ỦY BAN NHÂN DÂN XÃ BÌNH GIANG - THÀNH PHỐ HẢI PHÒNG')), OPTIONS);
    expect(own.ok && own.extractions[0]?.fields).toEqual({ receivedNew: 10, receivedTotal: 10, resolvedTotal: 8, inProgressTotal: 2 }); // both readings fit: 10 = 8 + 2
  });

  it('reads a number from its value, whatever the cell shows ("1,234" formatted is 1234; a percent is a percent)', () => {
    expect(cellText({ t: 'n', v: 1234, w: '1,234', z: '#,##0' })).toBe('1234');
    expect(cellText({ t: 'n', v: 0.955, w: '95.5%', z: '0.0%' })).toBe('95,5%');
    expect(cellText({ t: 'n', v: 12.5, w: '12.5' })).toBe('12,5');
    expect(cellText({ t: 's', v: '1.234' })).toBe('1.234');
    expect(cellText(undefined)).toBe('');
    const ws = sheet([['Tháng 02/2026'], HEAD, [1, 'UBND xã Bình Giang', 1234, 1200, 34]]) as XLSX.WorkSheet;
    (ws.C3 as XLSX.CellObject).w = '1,234';
    const outcome = extractSheet(doc(), ws as never, OPTIONS);
    expect(outcome.ok && outcome.extractions[0]?.fields).toEqual({ receivedNew: 1234, receivedTotal: 1234, resolvedTotal: 1200, inProgressTotal: 34 });
  });

  it('a count that is not whole is flagged, never rounded', () => {
    const outcome = extractSheet(doc(), sheet([['Tháng 02/2026'], HEAD, [1, 'UBND xã Bình Giang', 12.5, 10, 2]]), OPTIONS);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.extractions[0]?.fields.receivedNew).toBeNull();
    // Named by its column and row (issue 11: warnings never quote a cell's text).
    expect(outcome.extractions[0]?.warnings.join(' ')).toContain('«Số hồ sơ tiếp nhận», dòng số liệu thứ 1');
  });

  it('a sheet with no statistics table, or an empty one, gives nothing and says so', () => {
    expect(extractSheet(doc(), sheet([['Ghi chú'], ['Không có số liệu']]), OPTIONS)).toEqual({ ok: false, problem: { code: 'noStatistics' } });
    expect(extractSheet(doc(), {} as never, OPTIONS)).toEqual({ ok: false, problem: { code: 'noStatistics' } });
  });

  it('a damaged workbook is refused; bytes that are no table give no figures', async () => {
    const { readExportFile } = await import('@/utils/import/export-file');
    const read = (name: string, bytes: Uint8Array) => readExportFile({ name, size: bytes.length, arrayBuffer: async () => new Uint8Array(bytes).buffer }, doc(), OPTIONS);
    const xlsx = readFileSync(join(DIR, 'Bieu06_T02.xlsx'));
    expect(await read('cut.xlsx', xlsx.subarray(0, 2000))).toEqual({ ok: false, file: 'cut.xlsx', problem: { code: 'notWorkbook' } });
    const noise = await read('noise.xls', new Uint8Array([0x41, 0x42, 0x0a, 0x43, 0x44]));
    expect(noise.ok && noise.sheets.map((s) => s.outcome)).toEqual([{ ok: false, problem: { code: 'noStatistics' } }]);
  });
});

describe('the title lines of an export', () => {
  const table = [HEAD, [1, 'UBND xã Bình Giang', 10, 8, 2], [2, 'UBND xã Thanh Hà', 5, 5, 0]];
  it('a letterhead of two cells side by side is a title, not a heading; the signing date is not the period', () => {
    const rows = [
      ['UBND XÃ BÌNH GIANG', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      [null, null, null, 'Độc lập - Tự do - Hạnh phúc'],
      ['Số: 12/BC-UBND', null, null, 'Bình Giang, ngày 15 tháng 03 năm 2026'],
      ['BÁO CÁO SỐ LIỆU Tháng 02/2026'],
      ...table,
    ];
    const outcome = extractSheet(doc(), sheet(rows, ['A1:C1', 'D1:E1']), OPTIONS);
    expect(outcome).toMatchObject({ ok: true, unit: 'XÃ BÌNH GIANG' });
    if (!outcome.ok) return;
    expect(outcome.extractions[0]).toMatchObject({
      period: { from: '2026-01-15', to: '2026-02-14' },
      rowChoice: 'unit',
      fields: { receivedNew: 10, receivedTotal: 10, resolvedTotal: 8, inProgressTotal: 2 },
    });
    expect(outcome.extractions[0]?.cells.receivedNew).toMatchObject({ address: 'C6' });
    expect(outcome.extractions[0]?.cells.receivedNew?.header[0]).toBe('Số hồ sơ tiếp nhận');
  });

  it('its unit is read and told from the clerk\'s by the page rule (utils/extract/page-unit.ts), so a heading with the same line gives the same verdict', () => {
    const titled = (title: string) => extractSheet(doc(), sheet([[title], ['Tháng 02/2026'], HEAD.filter((h) => h !== 'Đơn vị'), [1, 10, 8, 2]]), OPTIONS);
    // The name ends where a page's does: a period, a bar or the district after it is no part of the unit.
    expect(titled('UBND xã Bình Giang Tháng 02/2026')).toMatchObject({ ok: true, unit: 'xã Bình Giang' });
    expect(titled('UBND XÃ BÌNH GIANG | Biểu 06')).toMatchObject({ ok: true, unit: 'XÃ BÌNH GIANG' });
    expect(titled('Ủy ban nhân dân xã Bình Giang huyện An Lão')).toMatchObject({ ok: true });
    // The short form "X." names a unit, as on a page.
    expect(titled('Đơn vị: X. Hồng Bàng')).toEqual({ ok: false, problem: { code: 'otherUnit', unit: 'X. Hồng Bàng' } });
    const lines = [
      'UBND xã Bình Giang Tháng 02/2026',
      'Ủy ban nhân dân xã Bình Giang huyện An Lão',
      'ỦY BAN NHÂN DÂN XÃ BÌNH GIANG - THÀNH PHỐ HẢI PHÒNG',
      'Đơn vị: X. Hồng Bàng',
      'Đơn vị báo cáo: UBND phường Hồng Bàng',
      'UBND xã An Lão (Hải Phòng)',
      'UBND thị trấn Núi Đối, huyện Kiến Thụy',
    ];
    const refused = lines.filter((line) => !titled(line).ok);
    expect(refused).toEqual(lines.filter((line) => otherUnit(htmlDoc(`<h3>${line}</h3>`), [], OPTIONS) !== null));
    expect(refused).toHaveLength(4);
  });

  it('with only the signing date, the period is not guessed from it', () => {
    const outcome = extractSheet(doc(), sheet([['Bình Giang, ngày 15 tháng 03 năm 2026'], ...table]), OPTIONS);
    expect(outcome.ok && outcome.extractions[0]?.period).toBeNull();
  });
});
