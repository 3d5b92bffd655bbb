import { describe, expect, it } from 'vitest';
import { buildPeriodReport } from '@/utils/report/period-report';
import { changeWarnings } from '@/utils/report/change-warnings';
import { pickFigures } from '@/utils/report/figures';
import { periodById } from '@/utils/domain/period';
import { capture, FEB_2026, SEED_SETTINGS } from '../report/helpers';

const FEB = periodById('month:2026-02')!;
// Stamps in UTC; the expected times are the clerk's local ones (the test sets no zone: computed the same way).
const local = (iso: string) => {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getHours())}:${p(d.getMinutes())} ${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()}`;
};

describe('change warnings', () => {
  const first = capture({ receivedTotal: 795, resolvedTotal: 790 }, { url: 'https://motcua.haiphong.gov.vn/bieu-06', title: 'Biểu 06', capturedAt: '2026-02-16T02:00:00.000Z' });
  const later = capture({ receivedTotal: 150, resolvedTotal: 790 }, { url: 'https://motcua.haiphong.gov.vn/bieu-06', title: 'Biểu 06', capturedAt: '2026-02-18T03:30:00.000Z' });

  it('a later capture of the same period that changes a number shows old → new, when, which page', () => {
    const warnings = changeWarnings([first, later], pickFigures([first, later], FEB_2026));
    expect(warnings).toEqual([
      `Số liệu đã thay đổi – Tổng số hồ sơ nhận giải quyết (gồm kỳ trước chuyển sang): 795 → 150 (đọc lúc ${local(later.capturedAt)}, trang «Biểu 06» https://motcua.haiphong.gov.vn/bieu-06; số cũ đọc lúc ${local(first.capturedAt)}).`,
    ]);
  });

  it('reaches the popup through the period report\'s warnings; unchanged numbers, other periods and hand entries warn nothing', () => {
    const report = buildPeriodReport([first, later], FEB, SEED_SETTINGS);
    expect(report.warnings[0]).toMatch(/^Số liệu đã thay đổi – .*: 795 → 150 /);
    const same = capture({ receivedTotal: 795 }, { capturedAt: '2026-02-19T00:00:00.000Z' });
    expect(buildPeriodReport([first, same], FEB, SEED_SETTINGS).warnings).toEqual([]);
    const march = capture({ receivedTotal: 10 }, { period: { from: '2026-02-15', to: '2026-03-14' }, capturedAt: '2026-03-15T00:00:00.000Z' });
    expect(buildPeriodReport([first, march], FEB, SEED_SETTINGS).warnings).toEqual([]);
    const manual = buildPeriodReport([first, later], FEB, SEED_SETTINGS, { manual: { 'month:2026-02': { receivedTotal: 800 } } });
    expect(manual.warnings.filter((w) => w.startsWith('Số liệu đã thay đổi'))).toEqual([]);
  });

  it('names the older page when the number came from another page', () => {
    const other = capture({ receivedTotal: 700 }, { url: 'https://motcua.haiphong.gov.vn/tong-hop', title: '', capturedAt: '2026-02-19T00:00:00.000Z' });
    const [warning] = changeWarnings([first, other], pickFigures([first, other], FEB_2026));
    expect(warning).toContain('795 → 700');
    expect(warning).toContain('trang https://motcua.haiphong.gov.vn/tong-hop;');
    expect(warning).toContain(', trang «Biểu 06» https://motcua.haiphong.gov.vn/bieu-06).');
  });
});
