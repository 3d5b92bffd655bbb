// Garbage in number cells (exponents, hex, signs, other digit scripts, words, mixed separators, decimals in a count
// column) is stored as missing with a warning that names its column (never its text: on a dossier list a cell may hold
// a citizen's data), never as a number; the cells next to it keep their values.
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/utils/extract';
import { htmlDoc } from '../extract/dom';

const OPTIONS = { unitName: 'xã Bình Giang', cityName: 'thành phố Hải Phòng', cutoffDay: 15 };
const GARBAGE = ['1e3', '0x1F', '-12', '+7', '١٢٣', '１２３', '12 ngày', '1,5 hồ sơ', '1.234,5', '3,5', 'NaN', 'Infinity', '1.2.3', '#N/A', '∞', '½', '12abc', '⁵', '5%'];

function page(received: string, online: string) {
  return htmlDoc(`
    <label>Từ ngày</label><input value="15/01/2026"><label>Đến ngày</label><input value="14/02/2026">
    <table><thead>
      <tr><th rowspan="2">STT</th><th rowspan="2">Lĩnh vực</th><th colspan="2">Số hồ sơ nhận giải quyết</th><th rowspan="2">Số hồ sơ đã giải quyết</th><th rowspan="2">Số hồ sơ đang giải quyết</th></tr>
      <tr><th>Tổng số</th><th>Trực tuyến</th></tr>
    </thead><tbody>
      <tr><td>1</td><td>Hộ tịch</td><td>${received}</td><td>${online}</td><td>40</td><td>2</td></tr>
    </tbody></table>`);
}

describe('garbage number cells', () => {
  it.each(GARBAGE)('%j is missing (null) with a warning naming its column; the other cells are read exactly', (junk) => {
    const { extractions } = extractPage(page(junk, '30'), OPTIONS);
    expect(extractions).toHaveLength(1);
    const [e] = extractions;
    expect(e?.fields).toEqual({ receivedTotal: null, receivedOnline: 30, resolvedTotal: 40, inProgressTotal: 2 });
    expect(e?.warnings.some((w) => w.includes('«Số hồ sơ nhận giải quyết › Tổng số»'))).toBe(true);
    expect(e?.warnings.join('\n')).not.toContain(junk);
  });

  it('a count column never takes a decimal or percent as a count', () => {
    const { extractions } = extractPage(page('42', '12,5'), OPTIONS);
    expect(extractions[0]?.fields.receivedOnline).toBeNull();
    expect(extractions[0]?.fields.receivedTotal).toBe(42);
  });
});
