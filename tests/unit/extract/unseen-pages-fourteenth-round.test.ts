/**
 * Shapes met on the fourteenth round of pages modelled on real systems by helpers who had not seen the extraction
 * code: charts with their data tables, totals in grid footers, and the wards of the big cities after the 2025 merger.
 */
import { describe, expect, it } from 'vitest';
import { titlePeriod } from '@/utils/extract/period';
import { only, PERIOD, read } from './statistics-page';

const FIGURES = `<table><thead><tr><th>Chỉ tiêu</th><th>Số hồ sơ</th></tr></thead><tbody>
  <tr><td>Tổng số hồ sơ tiếp nhận</td><td>221</td></tr><tr><td>Số hồ sơ đã giải quyết</td><td>218</td></tr></tbody></table>`;

describe('pages of real systems, fourteenth round', () => {
  it('a breadcrumb drawn as a list with the design system’s "breadcrumb" class names the page’s unit', () => {
    const crumbs = (unit: string) => `<ul class="v-breadcrumbs"><li><a href="#">Trang chủ</a></li><li>/</li><li><a href="#">Thống kê</a></li><li>/</li><li>${unit}</li></ul>`;
    const { extractions, problem } = read(`${crumbs('UBND xã Yên Trạch')}${PERIOD}${FIGURES}`);
    expect(extractions).toEqual([]);
    expect(problem).toContain('«UBND xã Yên Trạch»');
    expect(only(`${crumbs('UBND xã Bình Giang')}${PERIOD}${FIGURES}`)?.fields).toMatchObject({ receivedNew: 221, resolvedTotal: 218 });
  });

  it('a chart’s axis listing months ("T08/2025 … T01/2026") names no period: a data table by month gives the page’s month', () => {
    expect(titlePeriod(['T08/2025 T09/2025 T10/2025 T11/2025 T12/2025 T01/2026'], 15)).toBeNull();
    // A range of months is still one period; a month alone, that month.
    expect(titlePeriod(['Từ tháng 08/2025 đến tháng 01/2026'], 15)).toEqual({ from: '2025-07-15', to: '2026-01-14' });
    expect(titlePeriod(['THÁNG 02/2026'], 15)).toEqual({ from: '2026-01-15', to: '2026-02-14' });
    const boxes = '<label for="f">Từ ngày</label><input id="f" value="15/01/2026"><label for="t">Đến ngày</label><input id="t" value="14/02/2026">';
    const status = '<h3>Tình hình giải quyết hồ sơ tháng 02 năm 2026</h3><table><thead><tr><th>Tình trạng</th><th>Số hồ sơ</th></tr></thead><tbody><tr><th>Đã giải quyết</th><td>232</td></tr></tbody></table>';
    const axis = '<div><span>T12/2025</span> <span>T01/2026</span> <span>T02/2026</span></div>';
    const table = `<table><caption>Hồ sơ tiếp nhận theo hình thức, 3 kỳ gần nhất</caption><thead><tr><th scope="col">Kỳ báo cáo</th><th scope="col">Trực tuyến</th><th scope="col">Trực tiếp</th></tr></thead>
      <tbody><tr><th scope="row">T12/2025</th><td>141</td><td>88</td></tr><tr><th scope="row">T01/2026</th><td>158</td><td>79</td></tr><tr><th scope="row">T02/2026</th><td>187</td><td>64</td></tr></tbody></table>`;
    const { extractions } = read(`${boxes}${status}${axis}${table}`);
    const byChannel = extractions.find((e) => e.fields.receivedOnline !== undefined);
    expect(byChannel?.period).toEqual({ from: '2026-01-15', to: '2026-02-14' });
    expect(byChannel?.fields).toMatchObject({ receivedOnline: 187, receivedDirect: 64 });
  });

  it('a target column named for who set it ("Chỉ tiêu tỉnh giao") is neither a figure nor the rows’ names', () => {
    const table = `<table><thead><tr><th>Kỳ báo cáo</th><th>Tỷ lệ tiếp nhận trực tuyến</th><th>Chỉ tiêu tỉnh giao</th></tr></thead>
      <tbody><tr><td>T01/2026</td><td>70,37</td><td>80</td></tr><tr><td>T02/2026</td><td>73,05</td><td>80</td></tr></tbody></table>`;
    const e = only(`${PERIOD}${table}`);
    expect(e?.unit).toBeNull();
    expect(e?.fields).toEqual({ rateOnline: 73.05 });
  });

  it('an index table whose column group names the clerk’s unit is the clerk’s, beside a ranking of other units', () => {
    const measures = `<table><thead><tr><th rowspan="2">Chỉ tiêu</th><th colspan="3">Xã Bình Giang – Tháng 02/2026</th><th rowspan="2">Cùng kỳ năm 2025 (huyện Bình Giang cũ) (%)</th></tr>
      <tr><th>Tử số</th><th>Mẫu số</th><th>Kết quả (%)</th></tr></thead><tbody>
      <tr><td>Tỷ lệ hồ sơ nộp trực tuyến</td><td>893</td><td>1 204</td><td>74,17</td><td>52,41</td></tr>
      <tr><td>Tỷ lệ hồ sơ thanh toán trực tuyến</td><td>412</td><td>517</td><td>79,69</td><td>60,02</td></tr></tbody></table>`;
    const ranking = `<table><thead><tr><th>Hạng</th><th>Đơn vị</th><th>Tỷ lệ hồ sơ nộp trực tuyến (%)</th></tr></thead><tbody>
      <tr><td>1</td><td>Xã An Lão</td><td>77,84</td></tr><tr><td>2</td><td>Xã Bình Giang</td><td>74,17</td></tr></tbody></table>`;
    const { extractions } = read(`${PERIOD}${measures}${ranking}`);
    const own = extractions.find((e) => e.fields.paidOnline !== undefined);
    expect(own?.fields).toMatchObject({ receivedOnline: 893, receivedNew: 1204, rateOnline: 74.17, paidOnline: 412, feeDossiers: 517, ratePayment: 79.69 });
    // A group naming another unit gives the table no such standing.
    const other = read(`${PERIOD}${measures.replace('Xã Bình Giang – Tháng', 'Xã An Lão – Tháng')}${ranking}`).extractions;
    expect(other.some((e) => e.fields.paidOnline !== undefined)).toBe(false);
  });
});
