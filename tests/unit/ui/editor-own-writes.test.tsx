import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { mountEach } from './mount';
import { ReportDb } from '@/utils/store/db';
import { DEFAULT_SETTINGS, saveSettings } from '@/utils/store/settings';
import { saveManualFields, saveNarrative } from '@/utils/store/period-texts';
import { loadReportData, type ReportData } from '@/utils/store/report-data';
import { ReportEditor } from '@/components/ReportEditor';
import { NO_OWN_WRITES, withOwnWrites } from '@/utils/view/own-writes';

let db: ReportDb;
let root: HTMLElement;
const until = (check: () => void) => vi.waitFor(check, { timeout: 5000, interval: 20 });

mountEach('editor-own-writes', (d, r) => {
  db = d;
  root = r;
}, { fill: (d) => saveSettings(d, { ...DEFAULT_SETTINGS, unitName: 'xã Bình Giang' }) });

const box = (title: string) =>
  [...root.querySelectorAll('label')].find((l) => l.firstChild?.textContent === title)!.querySelector('textarea')!;
const period = () => root.querySelector<HTMLSelectElement>('label.period select')!;
const choose = (id: string) => {
  period().value = id;
  period().dispatchEvent(new Event('change'));
};

describe('the report editor keeps what this page saved', () => {
  it('text typed, then a switch of period and straight back, comes back before the database answers', async () => {
    render(<ReportEditor db={db} todayIso="2026-02-20" initialPeriodId="month:2026-02" />, root);
    await until(() => expect(root.querySelector('.page')).not.toBeNull());
    const typed = 'Trong kỳ, UBND {{don_vi}} ban hành Kế hoạch số 31/KH-UBND ngày 05/02/2026.';
    act(() => {
      const b = box('I.1. Công tác chỉ đạo, điều hành');
      b.value = typed;
      b.dispatchEvent(new Event('input'));
    });
    // Both switches happen in one go: no live-query answer can land between them.
    act(() => choose('month:2026-01'));
    expect(box('I.1. Công tác chỉ đạo, điều hành').value).not.toBe(typed);
    act(() => choose('month:2026-02'));
    expect(box('I.1. Công tác chỉ đạo, điều hành').value).toBe(typed);
    // And the switch itself wrote it for February.
    await until(async () => expect((await db.narratives.get('month:2026-02'))?.texts.direction).toBe(typed));
  });
});

describe('a save that fails', () => {
  it('says so next to the form and on "Lưu", and the words stay on the page', async () => {
    render(<ReportEditor db={db} todayIso="2026-02-20" initialPeriodId="month:2026-02" />, root);
    await until(() => expect(root.querySelector('.page')).not.toBeNull());
    db.close(); // every write from now on fails
    const typed = 'Câu không lưu được.';
    act(() => {
      const b = box('I.1. Công tác chỉ đạo, điều hành');
      b.value = typed;
      b.dispatchEvent(new Event('input'));
    });
    const form = box('I.1. Công tác chỉ đạo, điều hành').closest('form')!;
    await act(async () => {
      form.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    const failed = 'Chưa lưu được: nội dung vẫn còn trên trang, hãy bấm nút Lưu để thử lại.';
    await until(() => expect([...form.querySelectorAll('[role="status"], [role="alert"]')].some((el) => el.textContent?.includes(failed))).toBe(true));
    expect(form.textContent).not.toContain('Đã lưu');
    expect(box('I.1. Công tác chỉ đạo, điều hành').value).toBe(typed);
  });
});

describe('withOwnWrites', () => {
  const stored = async (): Promise<ReportData> => loadReportData(db);

  it('lays the page’s newer saves over the stored ones, and an emptied entry set removes the period’s entries', async () => {
    await saveManualFields(db, 'month:2026-02', { reducedTime: 4 }, '2026-02-10T00:00:00.000Z');
    await saveNarrative(db, 'month:2026-02', { direction: 'cũ' }, '2026-02-10T00:00:00.000Z');
    const data = await stored();
    expect(withOwnWrites(data, NO_OWN_WRITES)).toBe(data);
    const laid = withOwnWrites(data, {
      narratives: { 'month:2026-02': { periodId: 'month:2026-02', texts: { direction: 'mới' }, savedAt: '2026-02-11T00:00:00.000Z' } },
      manual: { 'month:2026-02': { fields: {}, savedAt: '2026-02-11T00:00:00.000Z' } },
    });
    expect(laid.narratives).toEqual([{ periodId: 'month:2026-02', texts: { direction: 'mới' }, savedAt: '2026-02-11T00:00:00.000Z' }]);
    expect(laid.manual['month:2026-02']).toBeUndefined();
  });

  it('a newer save from another page wins over this page’s older one', async () => {
    await saveManualFields(db, 'month:2026-02', { reducedTime: 7 }, '2026-02-12T00:00:00.000Z');
    await saveNarrative(db, 'month:2026-02', { direction: 'từ trang khác' }, '2026-02-12T00:00:00.000Z');
    const data = await stored();
    const laid = withOwnWrites(data, {
      narratives: { 'month:2026-02': { periodId: 'month:2026-02', texts: { direction: 'của trang này' }, savedAt: '2026-02-11T00:00:00.000Z' } },
      manual: { 'month:2026-02': { fields: { reducedTime: 1 }, savedAt: '2026-02-11T00:00:00.000Z' } },
    });
    expect(laid.narratives[0]?.texts.direction).toBe('từ trang khác');
    expect(laid.manual['month:2026-02']).toEqual({ reducedTime: 7 });
  });
});
