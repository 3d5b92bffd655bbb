import { describe, expect, it, vi } from 'vitest';
import { mountEach } from './mount';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ReportDb } from '@/utils/store/db';
import { saveExtraction } from '@/utils/store/captures';
import { DEFAULT_SETTINGS, saveSettings } from '@/utils/store/settings';
import { PopupApp } from '@/components/PopupApp';
import { seedExtraction } from '../store/sample';

let db: ReportDb;
let root: HTMLElement;

/** Waits until `check` passes: live queries and after-paint renders land when they land, not after a fixed sleep. */
const until = (check: () => void) => vi.waitFor(check, { timeout: 5000, interval: 20 });

mountEach('popup', (d, r) => {
  db = d;
  root = r;
});

const select = () => root.querySelector<HTMLSelectElement>('label.period select')!;
const labelled = (name: string) =>
  [...root.querySelectorAll('label')].find((l) => l.textContent?.startsWith(name))?.querySelector('select');

describe('popup', () => {
  it('asks for the unit on first run and says what page to open for an empty period', async () => {
    render(<PopupApp openDb={async () => db} todayIso="2026-02-20" />, root);
    await until(() => expect(root.textContent).toContain('Lần đầu dùng'));
    const form = root.querySelector<HTMLFormElement>('form[aria-label="Bắt đầu sử dụng"]')!;
    const unit = [...form.querySelectorAll('label')].find((l) => l.textContent?.startsWith('Đơn vị báo cáo'))!.querySelector('input')!;
    expect(labelled('Kỳ báo cáo')).toBe(select());
    expect(select().selectedOptions[0]?.textContent).toBe('Tháng 02/2026 (15/01/2026 – 14/02/2026)');
    expect(root.textContent).toContain('Mở trang thống kê với kỳ 15/01/2026 – 14/02/2026');
    expect(root.querySelector('[aria-label="Cảnh báo số liệu"]')).not.toBeNull();
    await act(() => {
      unit.value = 'phường Hồng Bàng';
      unit.dispatchEvent(new Event('input'));
    });
    await act(() => form.requestSubmit());
    await until(() => expect(root.querySelector('h1')?.textContent).toBe('Báo cáo CCHC – phường Hồng Bàng'));
    expect((await db.settings.get('main'))?.value.unitName).toBe('phường Hồng Bàng');
    expect(root.textContent).not.toContain('Lần đầu dùng');
    expect(root.querySelector('h1')?.textContent).toBe('Báo cáo CCHC – phường Hồng Bàng');
  });

  it('refuses a first-run unit without its type, says why under the box and offers the corrected name', async () => {
    render(<PopupApp openDb={async () => db} todayIso="2026-02-20" />, root);
    await until(() => expect(root.textContent).toContain('Lần đầu dùng'));
    const form = root.querySelector<HTMLFormElement>('form[aria-label="Bắt đầu sử dụng"]')!;
    const unit = [...form.querySelectorAll('label')].find((l) => l.textContent?.startsWith('Đơn vị báo cáo'))!.querySelector('input')!;
    await act(() => {
      unit.value = 'Bình Giang';
      unit.dispatchEvent(new Event('input'));
    });
    await act(() => form.requestSubmit());
    await until(() => expect(unit.getAttribute('aria-invalid')).toBe('true'));
    const message = root.querySelector(`#${unit.getAttribute('aria-describedby')}`);
    expect(message?.textContent).toContain('xã, phường hoặc đặc khu');
    expect(await db.settings.get('main')).toBeUndefined();
    const offer = [...form.querySelectorAll('button')].find((b) => b.textContent === 'Dùng “xã Bình Giang”')!;
    await act(() => offer.click());
    await act(() => form.requestSubmit());
    await until(() => expect(root.querySelector('h1')?.textContent).toBe('Báo cáo CCHC – xã Bình Giang'));
    expect((await db.settings.get('main'))?.value.unitName).toBe('xã Bình Giang');
  });

  it('shows the period\'s indicators and the section 3.2 preview from a stored capture, live', async () => {
    await saveSettings(db, { ...DEFAULT_SETTINGS, unitName: 'xã Bình Giang' });
    render(<PopupApp openDb={async () => db} todayIso="2026-02-20" />, root);
    await until(() => expect(root.textContent).toContain('Chưa có số liệu cho kỳ này'));
    await saveExtraction(db, seedExtraction({ warnings: ['Tổng số không khớp'] }), { url: 'https://a.haiphong.gov.vn/tk', title: 'TK' }, '2026-02-15T01:00:00.000Z');
    await until(() => {
      expect(select().selectedOptions[0]?.textContent).toContain('có số liệu');
      expect(root.querySelector('[aria-labelledby="section-3.2"] .preview')?.textContent).toContain('795 hồ sơ');
    });
    expect(root.textContent).not.toContain('Lần đầu dùng');
    expect(select().selectedOptions[0]?.textContent).toContain('có số liệu');
    const online = [...root.querySelectorAll('table.indicators tbody tr')][0]!;
    expect(online.textContent).toContain('100%');
    expect(online.textContent).toContain('Đạt');
    expect(root.querySelector('[aria-labelledby="section-3.2"] .preview')?.textContent).toContain(
      'Tổng số hồ sơ trên địa bàn xã đã tiếp nhận là 795 hồ sơ (trong đó, tiếp nhận trực tuyến 795 hồ sơ, đạt tỷ lệ 100%).',
    );
    expect(root.querySelector('[aria-label="Cảnh báo số liệu"]')?.textContent).toContain('Tổng số không khớp');
    const copy = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Sao chép mục 3.2');
    expect(copy).toBeDefined();
  });

  it('changing the period recomputes; deleting a capture removes it, and undo brings it back', async () => {
    await saveExtraction(db, seedExtraction(), { url: 'https://a.haiphong.gov.vn/tk', title: 'TK' }, '2026-02-15T01:00:00.000Z');
    render(<PopupApp openDb={async () => db} todayIso="2026-02-20" />, root);
    // The live part is mounted (hidden) before its first screen is handed up: wait for both.
    await until(() => {
      expect(root.textContent).toContain('Số liệu đã lấy (1)');
      expect(select()).not.toBeNull();
    });
    await act(() => {
      select().value = 'month:2026-01';
      select().dispatchEvent(new Event('change'));
    });
    await until(() => expect(root.textContent).toContain('Mở trang thống kê với kỳ 15/12/2025 – 14/01/2026'));
    const del = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Xóa')!;
    await act(() => del.click());
    await until(() => expect(root.textContent).toContain('Số liệu đã lấy (0)'));
    expect(await db.captures.count()).toBe(0);
    const undo = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Hoàn tác')!;
    await act(() => undo.click());
    await until(() => expect(root.textContent).toContain('Số liệu đã lấy (1)'));
    expect(await db.captures.count()).toBe(1);
  });
});
