// A failure in Options reads as a plain sentence; its technical part (the refused value's schema path, the database's
// own error) is not glued to it but kept, folded, under "Chi tiết kỹ thuật" for whoever helps the clerk.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mounted, until } from './mount';
import { chooseFile, draw, press } from './clerk-steps';
import { backgroundTelling } from './fake-background';
import { DEFAULT_SETTINGS, saveSettings } from '@/utils/store/settings';
import { BackupPanel } from '@/components/BackupPanel';
import { TaughtRules } from '@/components/TaughtRules';
import { ExcelImport } from '@/components/ExcelImport';
import { seedExtraction } from '../store/sample';

const ui = mounted('technical-detail', {
  before: () => (fakeBrowser.reset(), backgroundTelling('2026-02-20T03:00:00.000Z')),
  fill: (d) => saveSettings(d, { ...DEFAULT_SETTINGS, unitName: 'xã Bình Giang' }),
});

/** The alert as the clerk reads it (its sentences) and its folded detail as support opens it. */
function alertParts() {
  const alert = ui.root.querySelector('[role="alert"]');
  if (!alert) return null;
  const details = alert.querySelector('details');
  return {
    sentences: [...alert.querySelectorAll(':scope > p')].map((p) => p.textContent),
    summary: details?.querySelector('summary')?.textContent ?? null,
    open: details?.open ?? null,
    detail: details?.querySelector('code')?.textContent ?? null,
  };
}

const capture = (patch: object) => ({ ...seedExtraction(), url: 'http://motcua.haiphong.gov.vn/tk', title: 'Bản cũ', capturedAt: '2026-02-10T01:00:00.000Z', lastSeenAt: '2026-02-10T01:00:00.000Z', contentKey: 'k', periodKey: '2026-01-15..2026-02-14', ...patch });
const backup = (captures: unknown[]) =>
  new File([JSON.stringify({ format: 'bao-cao-cchc-backup', schemaVersion: 1, exportedAt: '2026-02-20T00:00:00.000Z', settings: null, captures })], 'sao-luu.json', { type: 'application/json' });

describe('a failure\'s technical detail, folded under its sentence', () => {
  it('a refused backup: the sentence names the record, the schema path is only in the detail', async () => {
    await draw(ui.root, <BackupPanel db={ui.db} onDataChanged={() => undefined} />);
    await chooseFile(ui.root, 'Nhập dữ liệu', backup([capture({ contentKey: 'a' }), capture({ contentKey: 'b', period: { from: '2026-02-30', to: '2026-03-14' } })]));
    await until(() => expect(alertParts()).not.toBeNull());
    expect(alertParts()).toEqual({
      sentences: ['Không nhập được: Bản ghi số liệu thứ 2 trong tệp không hợp lệ; không nhập gì.'],
      summary: 'Chi tiết kỹ thuật',
      open: false,
      detail: 'path: period.from',
    });
    expect(await ui.db.captures.count()).toBe(0);
  });

  it('an export the database refuses: "Không xuất được dữ liệu." and the database\'s own error folded', async () => {
    await draw(ui.root, <BackupPanel db={ui.db} onDataChanged={() => undefined} />);
    ui.db.close();
    await press(ui.root, 'Xuất dữ liệu');
    await until(() => expect(alertParts()).not.toBeNull());
    const parts = alertParts()!;
    expect(parts.sentences).toEqual(['Không xuất được dữ liệu.']);
    expect(parts.summary).toBe('Chi tiết kỹ thuật');
    expect(parts.detail).toMatch(/^DatabaseClosedError: /);
  });

  it('the taught rules\' export the same way', async () => {
    await draw(ui.root, <TaughtRules db={ui.db} />);
    ui.db.close();
    await press(ui.root, 'Xuất cách đọc bảng');
    await until(() => expect(alertParts()).not.toBeNull());
    expect(alertParts()).toMatchObject({ sentences: ['Không xuất được dữ liệu.'], summary: 'Chi tiết kỹ thuật', detail: expect.stringMatching(/^DatabaseClosedError: /) });
  });

  it('an Excel import the database refuses the same way', async () => {
    await draw(ui.root, <ExcelImport db={ui.db} />);
    ui.db.close();
    await chooseFile(ui.root, 'Nhập tệp Excel từ cổng', new File(['<table><tr><td>1</td></tr></table>'], 'Bieu06.xls'));
    await until(() => expect(alertParts()).not.toBeNull());
    expect(alertParts()).toMatchObject({ sentences: ['Không nhập được tệp.'], summary: 'Chi tiết kỹ thuật', detail: expect.stringMatching(/^DatabaseClosedError: /) });
  });

  it('a background that does not answer: the plain sentence, the browser\'s reason folded', async () => {
    fakeBrowser.reset(); // no listener: sendMessage rejects
    await draw(ui.root, <BackupPanel db={ui.db} onDataChanged={() => undefined} />);
    await press(ui.root, 'Xuất dữ liệu');
    await until(() => expect(alertParts()).not.toBeNull());
    expect(alertParts()?.sentences).toEqual(['Tiện ích không trả lời trang này (có thể tiện ích vừa được cập nhật hoặc khởi động lại) nên chưa làm gì. Hãy tải lại trang (phím F5) rồi thử lại.']);
    expect(alertParts()?.detail).toBe('Error: No listeners available');
  });
});
