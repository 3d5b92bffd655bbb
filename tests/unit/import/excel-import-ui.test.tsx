// The Options block as a clerk uses it: several files chosen at once, one line per sheet, the period asked for
// where a file gives none ("Kỳ số liệu của tệp"), another unit's file refused with its reason.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { h, render } from 'preact';
import { describe, expect, it, vi as vitest } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mountEach } from '../ui/mount';
import { backgroundTelling } from '../ui/fake-background';
import { ReportDb } from '@/utils/store/db';
import { DEFAULT_SETTINGS, saveSettings } from '@/utils/store/settings';
import { ExcelImport } from '@/components/ExcelImport';
import { DIR } from './read';
import { periodById } from '@/utils/domain/period';

let db: ReportDb;
let root: HTMLElement;
const until = (check: () => void) => vitest.waitFor(check, { timeout: 15_000, interval: 20 });
const file = (name: string) => new File([readFileSync(join(DIR, name))], name);

function choose(files: File[]) {
  const input = [...root.querySelectorAll('label')].find((l) => l.textContent?.startsWith('Nhập tệp Excel từ cổng'))?.querySelector('input');
  if (!input) throw new Error('no labelled file input');
  expect(input.multiple).toBe(true);
  expect(input.accept).toContain('.xls');
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
const lines = () => [...root.querySelectorAll('ul[aria-label="Kết quả nhập tệp"] > li')].map((li) => li.textContent ?? '');

// The background tells the time the captures are stamped with.
mountEach('excel-ui', (d, r) => {
  db = d;
  root = r;
}, { before: () => (fakeBrowser.reset(), backgroundTelling('2026-02-20T03:00:00.000Z')) });

describe('Options: "Nhập tệp Excel từ cổng"', () => {
  it('asks for the unit first, and stores nothing', async () => {
    render(h(ExcelImport, { db }), root);
    choose([file('Bieu06_T02.xlsx')]);
    await until(() => expect(root.querySelector('[role="alert"]')?.textContent).toContain('Đơn vị báo cáo'));
    expect(await db.captures.count()).toBe(0);
  });

  it('reads several files at once; asks the period of the file without one; refuses another unit\'s', async () => {
    await saveSettings(db, { ...DEFAULT_SETTINGS, unitName: 'xã Bình Giang' });
    render(h(ExcelImport, { db }), root);
    choose([file('Bieu06_T02.xlsx'), file('Bieu06_AnLao.xlsx'), file('Bieu06_KhongKy.xlsx')]);
    await until(() => expect(root.querySelector('[role="status"]')?.textContent).toBe('Đã đọc xong 3 tệp.'));
    expect(root.querySelector('progress')?.getAttribute('value')).toBe('3');
    expect(lines()).toEqual([
      'Bieu06_T02.xlsx › Bieu06: đã lưu Kết quả giải quyết hồ sơ, Tiếp nhận trực tuyến – Tháng 02/2026 – XÃ BÌNH GIANG',
      expect.stringMatching(/^Bieu06_T02\.xlsx › SoHoa: đã lưu .+ – Tháng 02\/2026 – UBND xã Bình Giang$/),
      'Bieu06_AnLao.xlsx › Bieu06: không lưu: tệp của «XÃ AN LÃO», không phải của «xã Bình Giang».',
      expect.stringContaining('Bieu06_KhongKy.xlsx › Bieu06: không tìm thấy kỳ số liệu trong tệp; chọn kỳ để lưu: Kỳ số liệu của tệp'),
    ]);
    expect(await db.captures.count()).toBe(2);
    expect((await db.captures.toArray()).map((c) => c.capturedAt)).toEqual(['2026-02-20T03:00:00.000Z', '2026-02-20T03:00:00.000Z']); // the background's clock

    const select = root.querySelector('select[aria-label^="Kỳ số liệu của tệp"]') as HTMLSelectElement;
    // The clerk picks a month of the "Kỳ báo cáo" list (the newest one: the list follows today).
    const month = periodById([...select.options].map((o) => o.value).find((id) => id.startsWith('month:')) ?? '');
    expect(month).not.toBeNull();
    if (!month) return;
    select.value = month.id;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => expect(lines()[3]).toMatch(/^Bieu06_KhongKy\.xlsx › Bieu06: đã lưu .+ – /));
    expect(lines()[3]?.endsWith(` – ${month.label} – XÃ BÌNH GIANG`)).toBe(true);
    expect(await db.captures.where('periodKey').equals(`${month.from}..${month.to}`).count()).toBe(1);
    expect(await db.captures.count()).toBe(3);
  });
});
