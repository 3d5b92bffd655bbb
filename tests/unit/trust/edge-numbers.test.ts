// Issue 15, edge numbers: a cell of ≥ 309 digits parsed to Infinity and made the background refuse every table on
// the page; a 25-digit count printed as "1,2345678901234568e+24". Counts above 10^12 are refused with a warning
// naming the cell; formatting never prints exponent notation.
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { extractPage } from '@/utils/extract';
import { parseCount } from '@/utils/extract/numbers';
import { MAX_COUNT } from '@/utils/domain/fields';
import { formatCount } from '@/utils/report/format';
import { PageReportSchema } from '@/utils/store/schemas';
import { htmlDoc } from '../extract/dom';

const OPTIONS = { unitName: 'xã Bình Giang', cityName: 'thành phố Hải Phòng', cutoffDay: 15 };

function page(received: string) {
  return htmlDoc(`
    <label>Từ ngày</label><input value="15/01/2026"><label>Đến ngày</label><input value="14/02/2026">
    <table><thead>
      <tr><th>STT</th><th>Lĩnh vực</th><th>Số hồ sơ nhận giải quyết</th><th>Số hồ sơ đã giải quyết</th></tr>
    </thead><tbody>
      <tr><td>1</td><td>Hộ tịch</td><td>${received}</td><td>40</td></tr>
    </tbody></table>`);
}

describe('counts above the ceiling', () => {
  it.each(['9'.repeat(309), '1'.repeat(25), '1000000000001', '1.000.000.000.001', '999 999 999 999 999'])('%s is refused, never Infinity', (raw) => {
    expect(parseCount(raw)).toEqual({ value: null, ok: false });
  });

  it('10^12 itself is still a count', () => {
    expect(parseCount('1.000.000.000.000')).toEqual({ value: MAX_COUNT, ok: true });
  });

  it('a 309-digit cell leaves the rest of the table read, with a warning naming the cell (by column and row number, issue 11), and the background accepts it', () => {
    const huge = '9'.repeat(309);
    const { extractions } = extractPage(page(huge), OPTIONS);
    expect(extractions).toHaveLength(1);
    const [e] = extractions;
    expect(e?.fields).toEqual({ receivedTotal: null, resolvedTotal: 40 });
    expect(e?.warnings.some((w) => w.includes('Số hồ sơ nhận giải quyết') && w.includes('dòng số liệu thứ 1'))).toBe(true);
    expect(e?.warnings.join('\n')).not.toContain(huge); // never the cell's text, nor the row's label
    expect(e?.warnings.join('\n')).not.toContain('Hộ tịch');
    const report = { url: 'https://motcua.haiphong.gov.vn/tk', title: 't', extractions };
    expect(v.is(PageReportSchema, report)).toBe(true);
  });
});

describe('formatCount never prints exponent notation', () => {
  it.each([
    [1.2345678901234568e24, '1.234.567.890.123.456.800.000.000'],
    [1e21, '1.000.000.000.000.000.000.000'],
    [1e12, '1.000.000.000.000'],
    [1180, '1.180'],
    [5, '05'],
    [1e-7, '0,0000001'],
  ])('%d → %s', (n, text) => {
    expect(formatCount(n)).toBe(text);
    expect(formatCount(n)).not.toMatch(/e/i);
  });
});
