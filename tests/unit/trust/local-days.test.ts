// Issue 15, dates: the catalogue's "as of" day was the UTC day while the popup's "today" is local, so a catalogue
// captured at 05:30 on 15/02 in Vietnam counted for Tháng 02/2026 and was labelled "lấy ngày 14/02/2026".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogueCapture, catalogueNote } from '@/utils/report/catalogue';
import { capture } from '../report/helpers';

const FEB = { from: '2026-01-15', to: '2026-02-14' };
const MAR = { from: '2026-02-15', to: '2026-03-14' };
let tz: string | undefined;

beforeAll(() => {
  tz = process.env.TZ;
  process.env.TZ = 'Asia/Ho_Chi_Minh';
});
afterAll(() => {
  process.env.TZ = tz;
});

describe('the catalogue’s day is the clerk’s calendar day', () => {
  // 05:30 on 15/02 in Vietnam is 22:30 on 14/02 UTC.
  const early = capture({ tthcTotal: 1800 }, { period: null, capturedAt: '2026-02-14T22:30:00.000Z', lastSeenAt: '2026-02-14T22:30:00.000Z' });

  it('is labelled with the local day', () => {
    expect(new Date('2026-02-14T22:30:00.000Z').getDate()).toBe(15); // the zone is in effect
    expect(catalogueNote(early)).toBe('danh mục TTHC lấy ngày 15/02/2026');
  });

  it('counts for the period that holds the local day, not the UTC one', () => {
    const before = capture({ tthcTotal: 1700 }, { period: null, capturedAt: '2026-02-10T03:00:00.000Z', lastSeenAt: '2026-02-10T03:00:00.000Z' });
    expect(catalogueCapture([before, early], FEB)).toBe(before);
    expect(catalogueCapture([before, early], MAR)).toBe(early);
  });
});
