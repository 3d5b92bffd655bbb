// Options asks the background for its clock before an export or an import (backup, taught rules, Excel files). When
// the background does not answer, each says so in the same plain sentence, in its own message line, and does nothing.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mounted, until } from './mount';
import { chooseFile, draw, press } from './clerk-steps';
import { DEFAULT_SETTINGS, saveSettings } from '@/utils/store/settings';
import { BackupPanel } from '@/components/BackupPanel';
import { TaughtRules } from '@/components/TaughtRules';
import { ExcelImport } from '@/components/ExcelImport';

// No listener: the fake browser's sendMessage rejects, as a page's does when the extension was reloaded under it.
const ui = mounted('background-silent', { before: () => fakeBrowser.reset(), fill: (d) => saveSettings(d, { ...DEFAULT_SETTINGS, unitName: 'xã Bình Giang' }) });

const SILENT = 'Tiện ích không trả lời trang này (có thể tiện ích vừa được cập nhật hoặc khởi động lại) nên chưa làm gì. Hãy tải lại trang (phím F5) rồi thử lại.';

const alertText = () => ui.root.querySelector('[role="alert"]')?.textContent ?? '';
const json = (name: string, value: unknown) => new File([JSON.stringify(value)], name, { type: 'application/json' });

describe('when the background does not answer', () => {
  it('"Xuất dữ liệu" says so and downloads nothing', async () => {
    const createUrl = vi.spyOn(URL, 'createObjectURL');
    await draw(ui.root, <BackupPanel db={ui.db} onDataChanged={() => undefined} />);
    await press(ui.root, 'Xuất dữ liệu');
    await until(() => expect(alertText()).toContain(SILENT));
    expect(createUrl).not.toHaveBeenCalled();
  });

  it('"Nhập dữ liệu" says so and imports nothing', async () => {
    const changed = vi.fn();
    await draw(ui.root, <BackupPanel db={ui.db} onDataChanged={changed} />);
    await chooseFile(ui.root, 'Nhập dữ liệu', json('sao-luu.json', { format: 'bao-cao-cchc-backup', schemaVersion: 1, exportedAt: '2026-02-20T00:00:00.000Z', settings: null, captures: [] }));
    await until(() => expect(alertText()).toContain(SILENT));
    expect(changed).not.toHaveBeenCalled();
  });

  it('"Nhập cách đọc bảng" says so and imports nothing', async () => {
    await draw(ui.root, <TaughtRules db={ui.db} />);
    await chooseFile(ui.root, 'Nhập cách đọc bảng', json('cach-doc.json', { format: 'x', rules: [] }));
    await until(() => expect(alertText()).toContain(SILENT));
    expect(await ui.db.rules.count()).toBe(0);
  });

  it('"Nhập tệp Excel từ cổng" says so and stores nothing', async () => {
    await draw(ui.root, <ExcelImport db={ui.db} />);
    await chooseFile(ui.root, 'Nhập tệp Excel từ cổng', new File(['<table><tr><td>1</td></tr></table>'], 'Bieu06.xls'));
    await until(() => expect(alertText()).toContain(SILENT));
    expect(await ui.db.captures.count()).toBe(0);
    expect(ui.root.querySelector('progress')).toBeNull();
  });
});
