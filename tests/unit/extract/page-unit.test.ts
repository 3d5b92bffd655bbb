// Issue 11: a page naming another commune-level unit is refused; matching is tolerant; a page naming only a higher
// level (the city, a province) is not refused.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/utils/extract';
import { noticeText } from '@/utils/capture/notice-text';
import { isOtherUnit, otherUnit, unitMention } from '@/utils/extract/page-unit';
import { unitKey } from '@/utils/extract/rows';
import { htmlDoc } from './dom';

const CLERK = { unitName: 'phường Hồng Bàng', cityName: 'thành phố Hải Phòng' };
const TABLE = `<table><thead><tr><th>Lĩnh vực</th><th>Tiếp nhận</th><th>Đã giải quyết</th><th>Đang giải quyết</th></tr></thead>
  <tbody><tr><td>Hộ tịch</td><td>150</td><td>140</td><td>10</td></tr></tbody></table>`;

describe('unitMention', () => {
  it.each([
    ['UBND xã Bình Giang - Thành phố Hải Phòng', 'UBND xã Bình Giang'],
    ['BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ XÃ BÌNH GIANG NĂM 2026', 'XÃ BÌNH GIANG'],
    ['Đơn vị: X. Bình Giang', 'X. Bình Giang'],
    ['Thống kê theo xã, phường, thị trấn', null],
    ['Thành phố Hải Phòng', null],
    ['Tỉnh Thừa Thiên Huế', null],
  ])('%s → %s', (text, mention) => expect(unitMention(text)).toBe(mention));
});

describe('isOtherUnit (pages and Excel titles alike)', () => {
  it.each([
    ['UBND P. HỒNG BÀNG', false],
    ['phường Hồng Bàng quận Hồng Bàng', false],
    ['xã Hồng Bàng', true],
    ['phường Bình Giang', true],
    ['phường Hồng', true],
    // Another commune whose name starts with the clerk's.
    ['phường Hồng Bàng Bắc', true],
    ['phường Hồng Bàng thành phố Hải Phòng', false],
    ['phường Hồng Bàng Nam', true],
    ['phường Hồng Bàng 2', true],
    // The page's next label run on after the name.
    ['phường Hồng Bàng Kỳ thống kê', false],
  ])('%s → %s for the clerk of phường Hồng Bàng', (mention, other) => expect(isOtherUnit(mention, unitKey(CLERK.unitName))).toBe(other));

  it('with no unit set, every named unit is another', () => expect(isOtherUnit('phường Hồng Bàng', unitKey(''))).toBe(true));
});

describe('otherUnit', () => {
  it.each([
    ['title', `<title>Báo cáo 06 – xã Bình Giang</title>`],
    ['heading', `<h3>TÌNH HÌNH GIẢI QUYẾT TTHC TẠI UBND XÃ BÌNH GIANG</h3>`],
    ['breadcrumb', `<nav aria-label="breadcrumb"><ol><li>Thống kê</li><li>UBND xã Bình Giang</li></ol></nav>`],
    ['unit selector', `<label for="dv">Đơn vị</label><select id="dv"><option>-- Chọn --</option><option selected>UBND xã Bình Giang</option><option>UBND phường Hồng Bàng</option></select>`],
    ['"Đơn vị:" label', `<p>Đơn vị báo cáo: UBND xã Bình Giang</p>`],
  ])('a page naming another unit in its %s is refused, for every page kind', (_, chrome) => {
    const doc = htmlDoc(`${chrome}${TABLE}`);
    expect(otherUnit(doc, [], CLERK)).toMatch(/Bình Giang/i);
    const result = extractPage(doc, { ...CLERK, cutoffDay: 15 });
    expect(result.extractions).toEqual([]);
    expect(result.problem).toMatch(/Trang này là số liệu của «.*Bình Giang», không phải của «phường Hồng Bàng»/i);
  });

  it.each([
    ['the clerk\'s own unit, spelt another way', `<h3>UBND P. HỒNG BÀNG - THÀNH PHỐ HẢI PHÒNG</h3>`],
    ['only the city', `<h3>HỆ THỐNG THÔNG TIN GIẢI QUYẾT TTHC THÀNH PHỐ HẢI PHÒNG</h3>`],
    ['only a province', `<title>Thống kê – Tỉnh Gia Lai</title>`],
    ['the receiving unit of a report', `<p>- Đơn vị nhận báo cáo: UBND xã Bình Giang</p>`],
    ['the signed-in user box and the menu', `<div>Xin chào, Nguyễn Thị Hoa (UBND xã Bình Giang)</div><ul><li>Thống kê xã, phường</li></ul>`],
  ])('%s is not a refusal', (_, chrome) => {
    const doc = htmlDoc(`${chrome}${TABLE}`);
    expect(otherUnit(doc, [], CLERK)).toBeNull();
    expect(extractPage(doc, { ...CLERK, cutoffDay: 15 }).extractions).toHaveLength(1);
  });
});

describe('the in-page notice of a refused page', () => {
  it('says nothing was stored and which unit the page shows', () => {
    const doc = htmlDoc(`<h3>TÌNH HÌNH GIẢI QUYẾT TTHC TẠI UBND XÃ BÌNH GIANG</h3>${TABLE}`);
    const { extractions, problem } = extractPage(doc, { ...CLERK, cutoffDay: 15 });
    const text = noticeText({ url: '', title: '', extractions, ...(problem ? { problem } : {}) }, undefined);
    expect(text.tone).toBe('error');
    expect(text.lines[0]).toBe('Trang này chưa lưu số liệu nào.');
    expect(text.lines[1]).toContain('«UBND XÃ BÌNH GIANG»');
  });
});

describe('issue 11 case: a Biểu 06 page of xã Bình Giang with the unit set to phường Hồng Bàng', () => {
  // The unit is named only in the unit selector and the report banner; the page has no unit rows.
  const html = readFileSync(join(__dirname, '../../fixtures/bieu06-tree-a.html'), 'utf8');

  it('stores nothing and says which unit the page shows', () => {
    const result = extractPage(new JSDOM(html).window.document, { ...CLERK, cutoffDay: 15 });
    expect(result.extractions).toEqual([]);
    expect(result.problem).toBe(
      'Trang này là số liệu của «UBND xã Bình Giang», không phải của «phường Hồng Bàng» (đơn vị đặt trong Cài đặt): không lưu số liệu nào của trang.',
    );
  });

  it('is read as usual for the clerk of xã Bình Giang', () => {
    const result = extractPage(new JSDOM(html).window.document, { unitName: 'UBND X. Bình Giang - Thành phố Hải Phòng', cityName: 'thành phố Hải Phòng', cutoffDay: 15 });
    expect(result.extractions.map((e) => e.fields.receivedTotal)).toEqual([795]);
  });
});

describe('a unit selector left at "Tất cả"', () => {
  const table = `<p>Kỳ báo cáo: Tháng 02/2026</p><table><tr><th>Lĩnh vực</th><th>Tiếp nhận</th><th>Đã giải quyết</th><th>Đang giải quyết</th></tr>
    <tr><td>Tổng cộng</td><td>795</td><td>790</td><td>5</td></tr></table>`;
  const selector = (options: string[]) =>
    `<label for="dv">Đơn vị</label><select id="dv">${options.map((o, i) => `<option${i === 0 ? ' selected' : ''}>${o}</option>`).join('')}</select>`;
  const read = (html: string) => extractPage(htmlDoc(html), { unitName: 'xã Bình Giang', cityName: 'thành phố Hải Phòng', cutoffDay: 15 }).extractions;

  it('while offering other communes: the figures are kept but flagged', () => {
    const [e] = read(selector(['-- Tất cả --', 'UBND xã An Lão', 'UBND xã Bình Giang']) + table);
    expect(e?.fields.resolvedTotal).toBe(790);
    expect(e?.warnings).toContain('Ô chọn đơn vị của trang đang để «Tất cả»: số liệu có thể gồm nhiều đơn vị – hãy chọn đơn vị của mình rồi thống kê lại.');
  });

  it('offering only the clerk\'s unit: "all" is the clerk\'s, nothing to flag', () => {
    expect(read(selector(['Tất cả', 'UBND xã Bình Giang']) + table)[0]?.warnings).toEqual([]);
  });
});
