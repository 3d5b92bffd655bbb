import { describe, expect, it, vi } from 'vitest';
import { mountEach } from './mount';
import { render } from 'preact';
import { ReportDb } from '@/utils/store/db';
import { saveExtraction } from '@/utils/store/captures';
import { saveManualFields } from '@/utils/store/period-texts';
import { DEFAULT_SETTINGS, saveSettings } from '@/utils/store/settings';
import { PopupApp } from '@/components/PopupApp';
import { ReportEditor } from '@/components/ReportEditor';
import { seedExtraction } from '../store/sample';

/** Years after the seed's February 2026, so its data is outside the last 24 months. */
const LATER = '2028-06-01';
const FEB_2026 = 'Tháng 02/2026 (15/01/2026 – 14/02/2026)';

let db: ReportDb;
let root: HTMLElement;

/** Waits until `check` passes: live queries land when they land, not after a fixed sleep. */
const until = (check: () => void) => vi.waitFor(check, { timeout: 5000, interval: 20 });

const options = () => [...root.querySelectorAll<HTMLOptionElement>('label.period select option')].map((o) => o.textContent ?? '');

mountEach('old-periods', (d, r) => {
  db = d;
  root = r;
}, {
  fill: async (d) => {
    await saveSettings(d, { ...DEFAULT_SETTINGS, unitName: 'xã Bình Giang' });
    await saveExtraction(d, seedExtraction(), { url: 'https://a.haiphong.gov.vn/tk', title: 'TK' }, '2026-02-15T01:00:00.000Z');
    await saveManualFields(d, 'month:2019-03', { reducedTime: 4 }, '2019-03-14T01:00:00.000Z');
  },
});

describe('"Kỳ báo cáo" with data older than 24 months', () => {
  it('the popup offers the old periods that hold data, marked, newest first, after the recent ones', async () => {
    render(<PopupApp openDb={async () => db} todayIso={LATER} />, root);
    await until(() => expect(options().at(-2)).toBe(`${FEB_2026} • có số liệu`));
    const listed = options();
    expect(listed[0]).toMatch(/^Tháng 0[56]\/2028/);
    expect(listed.at(-2)).toBe(`${FEB_2026} • có số liệu`);
    expect(listed.at(-1)).toBe('Tháng 03/2019 (15/02/2019 – 14/03/2019) • có số liệu');
    expect(listed.filter((o) => o.startsWith('Tháng 01/2026'))).toEqual([]);
  });

  it('the report editor opens an old period from its link and shows its figures', async () => {
    render(<ReportEditor db={db} todayIso={LATER} initialPeriodId="month:2026-02" />, root);
    await until(() => expect(root.querySelector('.page')).not.toBeNull());
    const select = root.querySelector<HTMLSelectElement>('label.period select')!;
    expect(select.selectedOptions[0]?.textContent).toBe(`${FEB_2026} • có số liệu`);
    expect(root.querySelector('.page')?.textContent).toContain('Tổng số hồ sơ trên địa bàn xã đã tiếp nhận là 795 hồ sơ');
  });
});
