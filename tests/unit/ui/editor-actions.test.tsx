// The report editor's "Toàn bộ báo cáo": "Sao chép bảng số liệu" is one of its buttons, after the whole-report
// ones, and says what happened in the same status line (done, or why not).
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { mounted, until } from './mount';
import { press } from './clerk-steps';
import { DEFAULT_SETTINGS, saveSettings } from '@/utils/store/settings';
import { saveExtraction } from '@/utils/store/captures';
import { ReportEditor } from '@/components/ReportEditor';
import { seedExtraction } from '../store/sample';

const ui = mounted('editor-actions', {
  fill: async (d) => {
    await saveSettings(d, { ...DEFAULT_SETTINGS, unitName: 'xã Bình Giang' });
    await saveExtraction(d, seedExtraction(), { url: 'https://motcua.haiphong.gov.vn/tk', title: 'Thống kê' }, '2026-02-15T02:00:00.000Z');
  },
});

const whole = () => ui.root.querySelector<HTMLElement>('section[aria-labelledby="whole-title"]');
const buttonsOf = (section: HTMLElement) => [...section.querySelectorAll('button')].map((b) => b.textContent);
const button = (section: HTMLElement, name: string) => [...section.querySelectorAll('button')].find((b) => b.textContent === name)!;
const statusOf = (section: HTMLElement) => section.querySelector('[role="status"]')?.textContent ?? '';

/** What the clipboard was given: each flavour's text. */
async function flavours(items: ClipboardItem[]): Promise<Record<string, string>> {
  const item = items[0]!;
  const out: Record<string, string> = {};
  for (const type of item.types) out[type] = await (await item.getType(type)).text();
  return out;
}

describe('the editor\'s whole-report actions', () => {
  it('copies the figures table from the same bar, and says so in its status line', async () => {
    const write = vi.fn(async (_items: ClipboardItem[]) => undefined);
    vi.spyOn(navigator.clipboard, 'write').mockImplementation(write);
    render(<ReportEditor db={ui.db} todayIso="2026-02-20" initialPeriodId="month:2026-02" />, ui.root);
    await until(() => expect(whole()).not.toBeNull());
    const section = whole()!;
    expect(section.querySelector('h2')?.textContent).toBe('Toàn bộ báo cáo');
    expect(buttonsOf(section)).toEqual(['Sao chép toàn bộ', 'Tải báo cáo (.docx)', 'Sao chép bảng số liệu']);
    expect([...ui.root.querySelectorAll('button')].filter((b) => b.textContent === 'Sao chép bảng số liệu')).toHaveLength(1); // only in the bar

    await press(section, 'Sao chép bảng số liệu');
    await until(() => expect(statusOf(section)).toBe('Đã sao chép bảng số liệu. Dán vào Word bằng Ctrl+V.'));
    expect(write).toHaveBeenCalledTimes(1);
    const copied = await flavours(write.mock.calls[0]![0]);
    expect(copied['text/html']).toMatch(/<th colspan="5"[^>]*>Số hồ sơ nhận giải quyết<\/th>/);
    expect(copied['text/plain']).toContain('Tỷ lệ nộp hồ sơ trực tuyến');
  });

  it('says why when the clipboard refuses', async () => {
    vi.spyOn(navigator.clipboard, 'write').mockRejectedValue(new DOMException('Document is not focused.', 'NotAllowedError'));
    render(<ReportEditor db={ui.db} todayIso="2026-02-20" initialPeriodId="month:2026-02" />, ui.root);
    await until(() => expect(whole()).not.toBeNull());
    const section = whole()!;
    await press(section, 'Sao chép bảng số liệu');
    await until(() => expect(statusOf(section)).toBe('Không thực hiện được: trình duyệt chưa cho ghi vào bộ nhớ tạm. Hãy bấm chuột vào cửa sổ này rồi bấm lại nút.'));
    // The browser's own words go to the console, not to the clerk.
    expect(statusOf(section)).not.toContain('Document is not focused');
  });
});
