import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractPage } from '@/utils/extract';
import { headerKey } from '@/utils/extract/synonyms';
import { teachTable } from '@/utils/capture/teach-table';
import { htmlDoc } from '../extract/dom';

const fixture = () => new JSDOM(fs.readFileSync('tests/fixtures/teach/thu-ly-hoan-thanh.html', 'utf8')).window.document;
const opts = { unitName: 'xã Bình Giang', cityName: 'thành phố Hải Phòng', cutoffDay: 15 };

const TAUGHT: Record<string, string> = {
  'Hồ sơ tiếp nhận › Nộp tại quầy': 'receivedDirect',
  'Hồ sơ HT › Tổng': 'resolvedTotal',
  'Hồ sơ HT › HT trước hẹn': 'resolvedEarly',
  'Hồ sơ HT › HT kịp hẹn': 'resolvedOnTime',
  'Hồ sơ HT › HT sau hẹn': 'resolvedLate',
  'Còn đang thụ lý': 'inProgressTotal',
};
/** The lookup as the content script builds it: a Map from the entries the background sends. */
const lookup = () => {
  const lessons = new Map(Object.entries(TAUGHT).map(([shown, field]) => [headerKey(shown.split(' › ')), field] as const));
  return (key: string) => lessons.get(key) as never;
};

describe('teach mode: the table offered for teaching', () => {
  it('lists the numeric columns with their header paths, readings and first numbers; no row labels', () => {
    const table = teachTable(fixture());
    expect(table?.columns.map((c) => c.header.join(' › '))).toEqual([
      'Hồ sơ tiếp nhận › Tổng số',
      'Hồ sơ tiếp nhận › Nộp trực tuyến',
      'Hồ sơ tiếp nhận › Nộp tại quầy',
      'Hồ sơ tiếp nhận › Kỳ trước chuyển sang',
      ...Object.keys(TAUGHT).slice(1),
    ]);
    const byName = Object.fromEntries(table!.columns.map((c) => [c.header.join(' › '), c]));
    expect(byName['Hồ sơ tiếp nhận › Tổng số']).toMatchObject({ field: 'receivedTotal', engine: 'receivedTotal', samples: ['500', '295', '795'] });
    expect(byName['Hồ sơ tiếp nhận › Nộp trực tuyến']?.field).toBe('receivedOnline');
    expect(byName['Hồ sơ HT › Tổng']).toMatchObject({ field: null, engine: null });
    expect(JSON.stringify(table)).not.toMatch(/Hộ tịch|Chứng thực|Tổng cộng/);
  });

  it('the extraction consults the taught lookup first: the table is then fully read', () => {
    const before = extractPage(fixture(), opts).extractions[0];
    expect(before?.fields.resolvedTotal).toBeUndefined();
    expect(before?.unmapped.length).toBe(6);
    const after = extractPage(fixture(), { ...opts, taught: lookup() }).extractions[0];
    expect(after?.fields).toMatchObject({ receivedTotal: 795, receivedOnline: 795, receivedDirect: 0, resolvedTotal: 790, resolvedEarly: 612, resolvedOnTime: 178, resolvedLate: 0, inProgressTotal: 5 });
    expect(after?.unmapped).toEqual([]);
    // Fully understood: nothing left to teach.
    expect(teachTable(fixture(), lookup())).toBeNull();
  });

  it('a taught "Không dùng" (null) leaves a column the engine reads unmapped', () => {
    const key = headerKey(['Hồ sơ tiếp nhận', 'Nộp trực tuyến']);
    const read = extractPage(fixture(), { ...opts, taught: (k) => (k === key ? null : undefined) }).extractions[0];
    expect(read?.fields.receivedOnline).toBeUndefined();
    expect(read?.fields.receivedNew).toBe(795); // the rest of the table is still read
  });

  it('never offers personal columns, columns of long digit runs, or tables it fully reads', () => {
    const doc = htmlDoc(`<table><thead><tr><th>STT</th><th>Họ và tên</th><th>Liên hệ</th><th>Số hồ sơ đã tiếp nhận</th><th>Số lượt thụ lý</th></tr></thead>
      <tbody><tr><td>1</td><td>Nguyễn Văn A</td><td>0912345678</td><td>3</td><td>2</td></tr>
      <tr><td>2</td><td>Trần Thị B</td><td>0987654321</td><td>4</td><td>1</td></tr></tbody></table>`);
    const table = teachTable(doc);
    expect(table?.columns.map((c) => c.header)).toEqual([['Số hồ sơ đã tiếp nhận'], ['Số lượt thụ lý']]);
    expect(JSON.stringify(table)).not.toMatch(/Nguyễn|Trần|0912|0987/);
    const known = htmlDoc(`<table><thead><tr><th>Đơn vị</th><th>Đã tiếp nhận</th><th>Đã giải quyết</th></tr></thead>
      <tbody><tr><td>Tổng</td><td>3</td><td>2</td></tr></tbody></table>`);
    expect(teachTable(known)).toBeNull();
  });

  it('shows headings as extraction reads them: an abbreviation explained by the legend under the grid', () => {
    const doc = htmlDoc(`<div><table><tr><th>Tên đơn vị</th><th>TN</th><th>GQ</th><th>XYZ</th></tr>
      <tr><td>UBND xã Bình Giang</td><td>12</td><td>10</td><td>4</td></tr></table></div>
      <div>Ghi chú: TN: Tiếp nhận; GQ: Đã giải quyết; XYZ: Hồ sơ thụ lý khác; QH: Quá hạn.</div>`);
    const headers = teachTable(doc)?.columns.map((c) => c.header.join(' › '));
    expect(headers).toContain('Tiếp nhận');
    expect(headers).toContain('Hồ sơ thụ lý khác');
  });
});
