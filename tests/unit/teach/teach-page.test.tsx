import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ReportDb } from '@/utils/store/db';
import { TeachApp } from '@/components/TeachApp';
import { handleTeachMessage, offersIn, type TeachDeps } from '@/utils/store/teach-messages';
import { taughtEntries } from '@/utils/store/rules';
import { headerKey } from '@/utils/extract/synonyms';
import type { TeachTableView } from '@/utils/domain/protocol';

/** "Lưu cách đọc" (the form's submit button). */
const submit = () => root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
/** Chooses an option (inside its optgroup) as the clerk would. */
async function choose(select: HTMLSelectElement, value: string) {
  await act(() => {
    for (const option of select.querySelectorAll('option')) option.selected = option.value === value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
const until = (check: () => void) => vi.waitFor(check, { timeout: 5000, interval: 20 });
const HOSTILE = '<img src=x onerror="alert(1)">Đang thụ lý';
const table: TeachTableView = {
  columns: [
    { header: ['Hồ sơ tiếp nhận', 'Tổng số'], field: 'receivedTotal', engine: 'receivedTotal', samples: ['795'] },
    { header: [HOSTILE], field: null, engine: null, samples: ['5', '<b>7</b>'] },
  ],
};

let db: ReportDb;
let root: HTMLElement;
let rereads: number[];

beforeEach(async () => {
  fakeBrowser.reset();
  db = new ReportDb(`teach-page-${Math.random()}`);
  await db.open();
  root = document.createElement('div');
  document.body.append(root);
  rereads = [];
  const now = () => '2026-02-20T03:00:00.000Z';
  const deps: TeachDeps = {
    db,
    now,
    extensionOrigin: 'chrome-extension://abc/',
    pending: offersIn(db, now),
    newToken: () => 'token-123456',
    openTeachPage: async () => undefined,
    reread: async (tabId) => (rereads.push(tabId), ['Đã lưu số liệu: Kết quả giải quyết hồ sơ.']),
  };
  // The background as the teach page meets it: the extension's own page asking, the offer made by a tab.
  fakeBrowser.runtime.onMessage.addListener((msg: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
    void handleTeachMessage(msg, { url: 'chrome-extension://abc/teach.html' }, deps).then(sendResponse);
    return true;
  });
  await handleTeachMessage({ type: 'teachOpen', table }, { tab: { id: 4 }, url: 'http://motcua.haiphong.gov.vn/tk' }, deps);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('teach page', { timeout: 15_000 }, () => {
  it('lists the columns by header path as text (no HTML), pre-filled, and saves the clerk\'s choice', async () => {
    render(<TeachApp db={db} token="token-123456" />, root);
    await until(() => expect(root.querySelectorAll('select')).toHaveLength(2));
    expect(root.querySelector('h1')?.textContent).toBe('Dạy đọc bảng');
    expect(root.querySelector('img, b')).toBeNull();
    const labels = [...root.querySelectorAll('label')].map((l) => l.textContent);
    expect(labels).toEqual(['Hồ sơ tiếp nhận › Tổng số', HOSTILE]);
    const [first, second] = [...root.querySelectorAll('select')];
    expect(first?.value).toBe('receivedTotal');
    expect(second?.selectedOptions[0]?.textContent).toBe('Không dùng');
    expect(root.textContent).toContain('Số trên trang: 5; <b>7</b>');

    await choose(second!, 'inProgressTotal');
    submit();
    await until(() => expect(root.querySelector('[role="status"]')?.textContent).toContain('Đã lưu cách đọc bảng (1 cột).'));
    expect(root.querySelector('[role="status"]')?.textContent).toContain('Trang đã được đọc lại: Đã lưu số liệu');
    expect(rereads).toEqual([4]);
    expect(await taughtEntries(db, 'http://motcua.haiphong.gov.vn')).toEqual([[headerKey([HOSTILE]), 'inProgressTotal']]);
  });

  it('a field chosen for two columns is refused before anything is saved; an unknown token says what to do', async () => {
    render(<TeachApp db={db} token="token-123456" />, root);
    await until(() => expect(root.querySelectorAll('select')).toHaveLength(2));
    const second = root.querySelectorAll('select')[1]!;
    await choose(second, 'receivedTotal');
    submit();
    await until(() => expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/đang được chọn cho hai cột/));
    expect(await db.rules.count()).toBe(0);
    render(null, root);
    render(<TeachApp db={db} token="token-999999" />, root);
    await until(() => expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/Không còn bảng để dạy/));
  });
});
