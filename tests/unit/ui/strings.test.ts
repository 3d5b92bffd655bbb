import { describe, expect, expectTypeOf, it, vi as vitest } from 'vitest';
import { mountEach } from './mount';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { ReportDb } from '@/utils/store/db';
import { DEFAULT_SETTINGS, getSettings, saveSettings } from '@/utils/store/settings';
import { backupParts, parseBackup } from '@/utils/store/backup';
import { OptionsApp } from '@/components/OptionsApp';
import { PopupApp } from '@/components/PopupApp';
import { vi as viStrings, type Strings } from '@/components/strings/vi';
import { en as enStrings } from '@/components/strings/en';
import { stringsFor } from '@/components/strings';
import { saveExtraction } from '@/utils/store/captures';
import { seedExtraction } from '../store/sample';
import type { TemplateProblem } from '@/utils/report/templates';

/** One of each template problem code (utils/report/templates/render.ts). */
const PROBLEMS: TemplateProblem[] = [
  { code: 'unclosedTag', line: 7 },
  { code: 'unclosedSection', name: 'co_x' },
  { code: 'unopenedSection', line: 7, name: 'co_x' },
  { code: 'partial', line: 7, name: 'con' },
  { code: 'unknownName', line: 7, name: 'so_x', known: ['don_vi', 'nam'] },
  { code: 'unreadable', detail: 'chi tiết' },
];

/** Functions that take a code with its details: called once per code (path "name#i"). */
const STRUCTURED: Record<string, unknown[][]> = {
  templateProblemText: PROBLEMS.map((p) => [p]),
  templateProblem: PROBLEMS.map((p) => ['‹1›', p]),
  reportProblem: PROBLEMS.flatMap((problem) => [[{ template: '‹1›', problem }], [{ problem }]]),
  // Excel import (issue 12): one of each sheet or file problem.
  excelProblem: [
    { code: 'otherUnit', unit: '‹1›' },
    { code: 'unreadable', detail: '‹1›' },
    { code: 'noStatistics' },
    { code: 'fileTooLarge', maxMb: 50 },
    { code: 'notWorkbook' },
  ].map((p) => [p, '‹2›']),
  originProblem: [{ code: 'empty' }, { code: 'notAddress', text: '‹1›' }, { code: 'notHttp' }, { code: 'notFullDomain', host: '‹1›' }, { code: 'builtIn' }].map((p) => [p]),
  settingsFieldProblem: [
    [{ field: 'unitName', code: 'unitMissing', suggestions: [] }, ''],
    [{ field: 'unitName', code: 'unitNoType', suggestions: [] }, ''],
    [{ field: 'cityName', code: 'cityMissing', suggestions: [] }, ''],
    [{ field: 'cityName', code: 'cityNoType', suggestions: [] }, ''],
    [{ field: 'cutoffDay', code: 'cutoffInvalid' }, ''],
    ...['targetEmpty', 'targetNotNumber', 'targetRange'].map((code) => [{ field: 't', code, target: 'online', year: '‹1›' }, '‹2›']),
  ],
};

/** Every text of a catalogue by its path ("status.met"); a function is called with recognisable arguments. */
function texts(catalogue: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix + key;
    const structured = STRUCTURED[path];
    if (typeof value === 'function' && structured) structured.forEach((args, i) => out.set(`${path}#${i}`, String(value(...args))));
    else if (typeof value === 'function') out.set(path, String(value(...Array.from({ length: value.length }, (_, i) => `‹${i + 1}›`))));
    else if (value !== null && typeof value === 'object') for (const [k, v] of texts(value as object, `${path}.`)) out.set(k, v);
    else out.set(path, String(value));
  }
  return out;
}

/** Texts that may read the same in both languages (short proper names); none so far. */
const SAME_IN_BOTH = new Set<string>([]);

describe('string catalogues', () => {
  const vi = texts(viStrings);
  const en = texts(enStrings);

  it('English has exactly the Vietnamese keys (also at compile time)', () => {
    expectTypeOf(enStrings).toEqualTypeOf<Strings>();
    expect([...en.keys()].sort()).toEqual([...vi.keys()].sort());
    for (const [key, value] of Object.entries(viStrings)) {
      if (typeof value === 'function') expect(typeof enStrings[key as keyof Strings], key).toBe('function');
    }
  });

  it('no English text is empty or left in Vietnamese by accident', () => {
    for (const [key, text] of en) {
      expect(text.trim(), key).not.toBe('');
      if (!SAME_IN_BOTH.has(key)) expect(text, key).not.toBe(vi.get(key));
    }
    // Functions use every value they are given, in both languages.
    for (const [key, text] of [...vi, ...en]) {
      const fn = (key.includes('.') ? undefined : viStrings[key as keyof Strings]) as unknown;
      if (typeof fn === 'function') for (let i = 1; i <= fn.length; i++) if (key !== 'imported') expect(text, key).toContain(`‹${i}›`);
    }
  });

  it('Vietnamese keeps the labels the browser tests find controls by (spec §6)', () => {
    const s = viStrings;
    expect([s.periodLabel, s.warningsTitle, s.trendChart, s.copyChart, s.copyAll, s.downloadDocx, s.copySection(s.sectionName('3.2'))]).toEqual([
      'Kỳ báo cáo', 'Cảnh báo số liệu', 'Biểu đồ xu hướng', 'Sao chép biểu đồ', 'Sao chép toàn bộ', 'Tải báo cáo (.docx)', 'Sao chép mục 3.2',
    ]);
    expect([s.unitLabel, s.cityLabel, s.cutoffLabel, s.exportData, s.importData, s.deleteAll, s.save, s.uiLanguageLabel]).toEqual([
      'Đơn vị báo cáo', 'Tỉnh/thành phố', 'Ngày chốt số liệu', 'Xuất dữ liệu', 'Nhập dữ liệu', 'Xóa toàn bộ dữ liệu', 'Lưu', 'Ngôn ngữ giao diện',
    ]);
    expect(s.imported(1, 0, true)).toBe('Đã nhập 1 bản ghi mới, bỏ qua 0 bản ghi đã có. Đã khôi phục cài đặt.');
  });

  it('Vietnamese unless English is chosen', () => {
    expect(stringsFor(undefined)).toBe(viStrings);
    expect(stringsFor('vi')).toBe(viStrings);
    expect(stringsFor('en')).toBe(enStrings);
  });
});

let db: ReportDb;
let root: HTMLElement;

/** Waits until `check` passes: live queries and after-paint renders land when they land, not after a fixed sleep. */
const until = (check: () => void) => vitest.waitFor(check, { timeout: 5000, interval: 20 });
const labelled = (name: string) =>
  [...root.querySelectorAll('label')].find((l) => l.textContent?.startsWith(name))?.querySelector('select, input');
const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name);

mountEach('strings', (d, r) => {
  db = d;
  root = r;
}, { after: () => {
  document.documentElement.lang = 'vi';
} });

describe('pages in the chosen language', () => {
  it('the popup in English when chosen; the report text stays Vietnamese', async () => {
    await saveSettings(db, { ...DEFAULT_SETTINGS, unitName: 'xã Bình Giang', uiLanguage: 'en' });
    render(h(PopupApp, { openDb: async () => db, todayIso: '2026-02-20' }), root);
    await until(() => {
      expect(button('Copy section 3.2')).toBeDefined();
      expect(document.documentElement.lang).toBe('en');
    });
    expect(labelled('Reporting period')).toBeInstanceOf(HTMLSelectElement);
    expect(root.querySelector('h1')?.textContent).toBe('CCHC report – xã Bình Giang');
    expect(root.querySelector('[aria-label="Data warnings"]')).not.toBeNull();
    expect(root.textContent).toContain('Open the statistics page for 15/01/2026 – 14/02/2026');
    // The captures list belongs to the live part, drawn after the first screen.
    await until(() => expect(root.textContent).toContain('Captured data (0)'));
    expect(root.querySelector('table.indicators caption')?.textContent).toBe('Indicators for the period');
    // Indicator names are the report's content.
    expect(root.querySelector('table.indicators tbody th')?.textContent).toContain('Tỷ lệ nộp hồ sơ trực tuyến');
    expect(button('Copy section 3.2')).toBeDefined();
    expect(document.documentElement.lang).toBe('en');
  });

  it('codes from below the interface (status, page kind, the title card) are worded in English', async () => {
    await saveSettings(db, { ...DEFAULT_SETTINGS, unitName: 'xã Bình Giang', uiLanguage: 'en' });
    await saveExtraction(db, seedExtraction(), { url: 'https://a.haiphong.gov.vn/tk', title: 'TK' }, '2026-02-15T01:00:00.000Z');
    render(h(PopupApp, { openDb: async () => db, todayIso: '2026-02-20' }), root);
    await until(() => expect(root.querySelectorAll('table.indicators tbody tr td:last-child').length).toBe(6));
    await until(() => expect(root.querySelector('.captures li strong')).not.toBeNull());
    await until(() => expect(button('Copy the report title')).toBeDefined());
    const statuses = [...root.querySelectorAll('table.indicators tbody tr td:last-child')].map((td) => td.textContent);
    expect(statuses).toEqual(['Met', 'Met', 'Data missing', 'Data missing', 'Data missing', 'Data missing']);
    expect(root.querySelector('.captures li strong')?.textContent).toBe('Dossier handling results');
    expect(button('Copy the report title')).toBeDefined();
    expect(root.textContent).not.toMatch(/Kết quả giải quyết hồ sơ|Thiếu số liệu|tên báo cáo/);
  });

  it('the popup stays Vietnamese without the setting', async () => {
    await saveSettings(db, { ...DEFAULT_SETTINGS, unitName: 'xã Bình Giang' });
    render(h(PopupApp, { openDb: async () => db, todayIso: '2026-02-20' }), root);
    await until(() => expect(labelled('Kỳ báo cáo')).toBeInstanceOf(HTMLSelectElement));
    expect(root.querySelector('h1')?.textContent).toBe('Báo cáo CCHC – xã Bình Giang');
    expect(document.documentElement.lang).toBe('vi');
  });

  it('Options: "Ngôn ngữ giao diện" saved with "Lưu" switches the page to English', async () => {
    await saveSettings(db, { ...DEFAULT_SETTINGS, unitName: 'xã Bình Giang' });
    render(h(OptionsApp, { db }), root);
    await until(() => expect(labelled('Ngôn ngữ giao diện')).toBeInstanceOf(HTMLSelectElement));
    const select = labelled('Ngôn ngữ giao diện') as HTMLSelectElement;
    expect(select.value).toBe('vi');
    expect([...select.options].map((o) => o.textContent)).toEqual(['Tiếng Việt', 'English']);
    expect(select.closest('fieldset')).toBe(root.querySelector('fieldset'));
    await act(() => {
      select.value = 'en';
      select.dispatchEvent(new Event('change'));
    });
    await act(() => button('Lưu')!.click());
    await until(() => expect(root.querySelector('h1')?.textContent).toBe('Administrative reform report settings'));
    expect((await getSettings(db)).uiLanguage).toBe('en');
    expect(labelled('Interface language')).toBeInstanceOf(HTMLSelectElement);
    expect(labelled('Reporting unit')).toBeInstanceOf(HTMLInputElement);
    expect(button('Save')).toBeDefined();
    expect(button('Export data')).toBeDefined();
  });

  it('Options in English from the stored setting', async () => {
    await saveSettings(db, { ...DEFAULT_SETTINGS, unitName: 'xã Bình Giang', uiLanguage: 'en' });
    render(h(OptionsApp, { db }), root);
    await until(() => expect(labelled('Target: online application rate (%)')).toBeInstanceOf(HTMLInputElement));
    expect((labelled('Interface language') as HTMLSelectElement).value).toBe('en');
  });
});

describe('uiLanguage in backups', () => {
  it('is exported, and a backup with an unknown language is refused', async () => {
    await saveSettings(db, { ...DEFAULT_SETTINGS, unitName: 'xã Bình Giang', uiLanguage: 'en' });
    const now = '2026-02-20T00:00:00.000Z';
    const data = JSON.parse((await backupParts(db, now)).parts.join(''));
    const parsed = parseBackup(JSON.stringify(data), now);
    expect(parsed.ok && parsed.data.settings?.uiLanguage).toBe('en');
    const bad = { ...data, settings: { ...data.settings, uiLanguage: 'fr' } };
    expect(parseBackup(JSON.stringify(bad), now).ok).toBe(false);
    const none = { ...data, settings: { ...data.settings, uiLanguage: undefined } };
    expect(parseBackup(JSON.stringify(none), now).ok).toBe(true);
  });
});
