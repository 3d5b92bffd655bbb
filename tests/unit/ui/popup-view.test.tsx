// The popup's stored first screen: what it holds, when it counts as current, and that the popup paints it
// before the database opens (and never passes a stale one off as current).
import { describe, expect, it, vi } from 'vitest';
import { mountEach } from './mount';
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ReportDb } from '@/utils/store/db';
import { saveExtraction } from '@/utils/store/captures';
import { DEFAULT_SETTINGS, saveSettings } from '@/utils/store/settings';
import { readStoredView } from '@/utils/store/popup-view-store';
import { computePopupView, refreshPopupView } from '@/utils/view/popup-view-refresh';
import { firstScreenHtml } from '@/components/first-screen-html';
import { isCurrent, type PopupView } from '@/utils/view/popup-view';
import { pageChecklist, pageLinks } from '@/utils/view/page-checklist';
import { CaptureList } from '@/components/CaptureList';
import { PopupApp } from '@/components/PopupApp';
import type { Capture } from '@/utils/domain/types';
import { seedExtraction } from '../store/sample';

const TODAY = '2026-02-20';
const FEB = { from: '2026-01-15', to: '2026-02-14' };
let db: ReportDb;
let root: HTMLElement;
const until = (check: () => void) => vi.waitFor(check, { timeout: 5000, interval: 20 });
/** Lets the stamp set on commit (an extension storage write) land. */
const settle = () => new Promise((r) => setTimeout(r, 50));

mountEach('popup-view', (d, r) => {
  db = d;
  root = r;
}, { before: () => fakeBrowser.reset() });

const capture = (over: Partial<Capture>): Capture => ({
  ...seedExtraction(),
  url: 'https://motcua.haiphong.gov.vn/tk',
  title: 'TK',
  capturedAt: '2026-02-15T01:00:00.000Z',
  lastSeenAt: '2026-02-15T01:00:00.000Z',
  contentKey: String(Math.random()),
  periodKey: '2026-01-15..2026-02-14',
  ...over,
});

describe('Trang cần mở', () => {
  it('lists the kinds without one known field, with the newest http(s) address of each kind', () => {
    const links = pageLinks([
      capture({ kinds: ['digitization'], url: 'https://motcua.haiphong.gov.vn/old', capturedAt: '2025-01-01T00:00:00.000Z' }),
      capture({ kinds: ['digitization'], url: 'https://motcua.haiphong.gov.vn/new', capturedAt: '2025-06-01T00:00:00.000Z' }),
      capture({ kinds: ['payment'], url: 'javascript:alert(1)' }),
      capture({ kinds: ['feedback'], url: 'https://motcua.haiphong.gov.vn/pakn', damaged: true }),
    ]);
    expect(links).toEqual({ digitization: 'https://motcua.haiphong.gov.vn/new' });
    const list = pageChecklist({ receivedTotal: 795 }, FEB, TODAY, links);
    expect(list.ended).toBe(true);
    const kinds = list.missing.map((m) => m.kind);
    expect(kinds).not.toContain('results');
    expect(kinds).toEqual(expect.arrayContaining(['digitization', 'payment', 'feedback']));
    expect(list.missing.find((m) => m.kind === 'digitization')?.url).toBe('https://motcua.haiphong.gov.vn/new');
    expect(list.missing.find((m) => m.kind === 'payment')?.url).toBeNull();
    expect(pageChecklist({}, { from: '2026-02-15', to: '2026-03-14' }, TODAY, {}).ended).toBe(false);
  });
});

describe('the stored first screen', () => {
  it('holds the default period, its indicators, section 3.2 and the badge count; a later write makes it stale', async () => {
    await saveSettings(db, { ...DEFAULT_SETTINGS, unitName: 'xã Bình Giang' });
    await saveExtraction(db, seedExtraction(), { url: 'https://motcua.haiphong.gov.vn/tk', title: 'TK' }, '2026-02-15T01:00:00.000Z');
    await settle();
    const { view } = await refreshPopupView(db, TODAY, firstScreenHtml);
    expect(view.periodId).toBe('month:2026-02');
    expect(view.unitName).toBe('xã Bình Giang');
    expect(view.section32?.text).toContain('795 hồ sơ');
    expect(view.indicators.online.status).toBe('met');
    expect(view.missingCount).toBe(Object.values(view.indicators).filter((i) => i.status === 'missing').length);
    expect(view.missingCount).toBeGreaterThan(0);
    expect(view.withData).toContain('month:2026-02');
    const stored = await readStoredView();
    expect(stored.view).toEqual(view);
    expect(isCurrent(view, stored.stamp, TODAY)).toBe(true);
    expect(isCurrent(view, stored.stamp, '2026-02-21')).toBe(false);

    await saveSettings(db, { ...DEFAULT_SETTINGS, unitName: 'xã Khác' });
    await settle();
    expect(isCurrent(view, (await readStoredView()).stamp, TODAY)).toBe(false);
    expect((await computePopupView(db, TODAY)).unitName).toBe('xã Khác');
  });

  it('paints before the database opens; a stale view is marked as refreshing and its copy waits', async () => {
    await saveSettings(db, { ...DEFAULT_SETTINGS, unitName: 'xã Bình Giang' });
    await saveExtraction(db, seedExtraction(), { url: 'https://motcua.haiphong.gov.vn/tk', title: 'TK' }, '2026-02-15T01:00:00.000Z');
    await settle();
    const { view }: { view: PopupView } = await refreshPopupView(db, TODAY, firstScreenHtml);
    const never = () => new Promise<ReportDb>(() => undefined);
    const copy = () => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Sao chép mục 3.2');

    render(<PopupApp todayIso={TODAY} stored={{ view, stamp: view.inputs.stamp }} openDb={never} />, root);
    await until(() => expect(root.querySelector('h1')?.textContent).toBe('Báo cáo CCHC – xã Bình Giang'));
    expect(root.querySelector('[aria-labelledby="section-3.2"] .preview')?.textContent).toContain('795 hồ sơ');
    expect(root.querySelector('main')?.getAttribute('aria-busy')).toBe('false');
    expect(copy()?.disabled).toBe(false);
    expect(root.textContent).not.toContain('Đang cập nhật số liệu');

    render(null, root);
    render(<PopupApp todayIso={TODAY} stored={{ view, stamp: 'a-later-write' }} openDb={never} />, root);
    await until(() => expect(root.textContent).toContain('Đang cập nhật số liệu'));
    expect(root.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
    expect(copy()?.disabled).toBe(true);
  });
});

describe('captures list', () => {
  it('labels a broken record next to its delete button, and one record that cannot be drawn costs only its line', async () => {
    const broken = capture({ id: 1, damaged: true, kinds: [] });
    const unreadable = { ...capture({ id: 2 }), kinds: null } as unknown as Capture;
    const fine = capture({ id: 3 });
    const noop = async () => undefined;
    render(<CaptureList captures={[broken, unreadable, fine]} total={3} onMore={() => undefined} onDelete={noop} onRestore={noop} />, root);
    // The boundary draws its line on the render after the error.
    await until(() => expect(root.querySelectorAll('.captures li')).toHaveLength(3));
    const items = [...root.querySelectorAll('.captures li')];
    expect(items[0]?.textContent).toContain('Bản ghi hỏng');
    expect(items[0]?.querySelector('button')?.textContent).toBe('Xóa');
    expect(items[1]?.textContent).toBe('Không hiển thị được bản ghi này.');
    expect(items[2]?.textContent).toContain('Kết quả giải quyết hồ sơ');
    expect(items[2]?.textContent).not.toContain('Bản ghi hỏng');
  });
});
