// Options asks the background for its clock before an export or an import (backup, taught rules, Excel files). When
// the background does not answer, each says so in the same plain sentence, in its own message line, and does nothing.
import { describe, expect, it, vi } from 'vitest';
import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mountEach } from './mount';
import { ReportDb } from '@/utils/store/db';
import { DEFAULT_SETTINGS, saveSettings } from '@/utils/store/settings';
import { BackupPanel } from '@/components/BackupPanel';
import { TaughtRules } from '@/components/TaughtRules';
import { ExcelImport } from '@/components/ExcelImport';

let db: ReportDb;
let root: HTMLElement;
const until = (check: () => void) => vi.waitFor(check, { timeout: 5000, interval: 20 });

// No listener: the fake browser's sendMessage rejects, as a page's does when the extension was reloaded under it.
mountEach('background-silent', (d, r) => {
  db = d;
  root = r;
}, { before: () => fakeBrowser.reset(), fill: (d) => saveSettings(d, { ...DEFAULT_SETTINGS, unitName: 'xã Bình Giang' }) });

const SILENT = 'Tiện ích không trả lời trang này (có thể tiện ích vừa được cập nhật hoặc khởi động lại) nên chưa làm gì. Hãy tải lại trang (phím F5) rồi thử lại.';

const fileInput = (label: string) => {
  const input = [...root.querySelectorAll('label')].find((l) => l.textContent?.startsWith(label))?.querySelector('input');
  if (!input) throw new Error(`no file input labelled ${label}`);
  return input;
};
async function choose(label: string, file: File) {
  const input = fileInput(label);
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
const alertText = () => root.querySelector('[role="alert"]')?.textContent ?? '';
const json = (name: string, value: unknown) => new File([JSON.stringify(value)], name, { type: 'application/json' });

async function mount(node: VNode) {
  await act(() => {
    render(node, root);
  });
}

describe('when the background does not answer', () => {
  it('"Xuất dữ liệu" says so and downloads nothing', async () => {
    const createUrl = vi.spyOn(URL, 'createObjectURL');
    await mount(<BackupPanel db={db} onDataChanged={() => undefined} />);
    const exportButton = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Xuất dữ liệu')!;
    await act(() => exportButton.click());
    await until(() => expect(alertText()).toContain(SILENT));
    expect(createUrl).not.toHaveBeenCalled();
  });

  it('"Nhập dữ liệu" says so and imports nothing', async () => {
    const changed = vi.fn();
    await mount(<BackupPanel db={db} onDataChanged={changed} />);
    await choose('Nhập dữ liệu', json('sao-luu.json', { format: 'bao-cao-cchc-backup', schemaVersion: 1, exportedAt: '2026-02-20T00:00:00.000Z', settings: null, captures: [] }));
    await until(() => expect(alertText()).toContain(SILENT));
    expect(changed).not.toHaveBeenCalled();
  });

  it('"Nhập cách đọc bảng" says so and imports nothing', async () => {
    await mount(<TaughtRules db={db} />);
    await choose('Nhập cách đọc bảng', json('cach-doc.json', { format: 'x', rules: [] }));
    await until(() => expect(alertText()).toContain(SILENT));
    expect(await db.rules.count()).toBe(0);
  });

  it('"Nhập tệp Excel từ cổng" says so and stores nothing', async () => {
    await mount(<ExcelImport db={db} />);
    await choose('Nhập tệp Excel từ cổng', new File(['<table><tr><td>1</td></tr></table>'], 'Bieu06.xls'));
    await until(() => expect(alertText()).toContain(SILENT));
    expect(await db.captures.count()).toBe(0);
    expect(root.querySelector('progress')).toBeNull();
  });
});
