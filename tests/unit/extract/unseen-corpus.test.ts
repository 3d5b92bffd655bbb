/**
 * Pages written by helpers who had not seen the extraction code, modelled on real systems (tests/fixtures/unseen/,
 * listed in tests/fixtures/README.md). Beside each page, `*.clerk.json` is what its writer said a careful clerk takes
 * from it: the verdict, the period and the figures. The line kept: a page the clerk refuses stores nothing, and a
 * stored number is the clerk's number. What the clerk takes and the extension does not read (or reads beyond the
 * clerk's list) is listed in GAPS with why, so a change either way shows here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractPage, type ExtractOptions } from '@/utils/extract';
import type { Fields, Period } from '@/utils/domain/types';

interface ClerkReading {
  clerk: ExtractOptions;
  verdict: 'read' | 'refuse';
  period: Period | null;
  fields?: Record<string, number>;
}

interface Gap {
  /** Figures the clerk takes that are not read. */
  missing?: string[];
  /** Figures read that the clerk did not list (each checked to be the page's own). */
  extra?: string[];
  /** Read without a period: such a capture never enters a report (the clerk is asked for its period), its numbers unchecked. */
  withoutPeriod?: true;
  why: string;
}

const GAPS: Record<string, Gap> = {
  'r17-m-02-ionic-chiso766-coto': {
    missing: ['rateOnline', 'rateOnTime', 'rateHandlingSatisfaction', 'tthcCommune', 'tthcFull', 'tthcPartial'],
    why: 'list items holding two figures (a channel’s count and its share), an item longer than a card, the catalogue in a note',
  },
  'r17-n-02-phutho-devextreme-trang3': { missing: ['digitizedBase', 'eResultBase'], why: 'the bases are named only in the note under the grid' },
  'r17-o-01-thang-rach-gia': { missing: ['digitizedBase', 'eResultBase'], why: 'the bases are rows referred to by number in the rate’s name ("(10 / 3)")' },
  'r17-p-02-danang-superset-tthc-capxa': { missing: ['receivedTotal', 'paknReceived'], why: 'a tile rounded to "2,41k"; feedback only in a card beside the tables' },
  'r18-q-01-fastreport-bieu06a-hac-thanh': { missing: ['*'], why: 'a report drawn as absolutely positioned boxes, no table' },
  'r18-q-03-ssrs-iframe-chitieu766-yen-lac': { missing: ['*'], why: 'the report is inside an iframe’s srcdoc' },
  'r18-r-02-danh-gia-hai-long-hac-thanh': { missing: ['*'], why: 'the satisfaction rate is only in a sentence; the table is by officer and by level of satisfaction' },
  'r18-s-01-sohoa-phuong-hac-thanh': {
    missing: ['receivedNew', 'resolvedTotal'],
    extra: ['reusedBase'],
    why: 'in a digitisation tracker "Tiếp nhận" and "Đã giải quyết" are read as the rates’ bases (a decision), the reuse base being the received',
  },
  'r18-t-01-hac-thanh-cong-khai-thang-11': {
    missing: ['digitized', 'digitizedBase', 'eResult', 'eResultBase', 'rateOnline', 'rateOnTime', 'rateDigitized', 'rateEResult'],
    why: 'rates and digitisation only in the article’s sentences',
  },
  'r18-t-02-gialai-thong-ke-quy-nhon-nam': { extra: ['inProgressWithin'], why: 'the in-progress "Sắp trễ" and "Chưa đến" parts added up (the page’s own parts)' },
  'r19-u-01-dvcqg-danh-gia-xa-yen-lac': {
    missing: ['receivedTotal', 'receivedOnline', 'rateOnTime', 'rateOnline', 'tthcCommune', 'paidOnline', 'feeDossiers', 'ratePayment', 'eResult', 'eResultBase', 'rateEResult', 'digitized', 'digitizedBase', 'rateDigitized', 'reused', 'reusedBase', 'rateReused', 'paknReceived', 'paknSatisfied', 'ratePaknSatisfied', 'rateHandlingSatisfaction'],
    why: 'the national portal’s index page as HTML: indicators as items holding code, name, fraction, share and points, longer than a card; the extension reads that portal through its own data (national bridge), and the group cards’ points ("10,86/12") are left blank, said',
  },
  'r19-u-02-igate-theo-doi-766-cau-khoi': { missing: ['resolvedTotal'], why: 'the on-time count written "151/155" under a heading that does not say its base is the resolved dossiers' },
  'r19-v-02-baocao-thang-luyke-haichau': {
    missing: ['receivedTotal', 'digitizedBase', 'eResult', 'eResultBase', 'reusedBase', 'rateReused'],
    why: 'rates’ bases and the e-results named only in rows’ notes; everything to handle derivable, not shown',
  },
  'r19-x-02-ninhbinh-php-inbaocao': {
    extra: ['receivedNew'],
    why: 'a bare "Tiếp nhận" column with no carried-over one is read as the new dossiers (the decision of issue 11); this page’s column-number row says it is resolved + in progress ("3=4+10")',
  },
  'r20-y-01-igate-mat-table-expand': {
    missing: ['digitized', 'digitizedBase', 'rateDigitized', 'eResult', 'eResultBase', 'rateEResult', 'reused', 'reusedBase', 'rateReused', 'paidOnline', 'feeDossiers', 'ratePayment'],
    why: 'these figures are only in the clerk’s expanded detail row, a small table of label │ fraction │ rate under the row',
  },
  'r20-z-01-soan-thao-bao-cao-ckeditor': {
    missing: ['digitized', 'digitizedBase', 'eResult', 'eResultBase', 'paidOnline', 'feeDossiers', 'paknReceived', 'paknSatisfied', 'tthcTotal', 'tthcProvincial', 'tthcCommune', 'tthcPartial', 'tthcFull', 'rateOnline', 'rateOnTime', 'rateDigitized', 'rateEResult', 'ratePayment'],
    why: 'a draft report: everything but the results table is in its sentences',
  },
  'r20-z-03-bao-cao-dinh-ky-nhap-lieu': {
    missing: ['receivedTotal', 'inProgressWithin', 'inProgressOverdue', 'digitizedBase', 'eResult', 'eResultBase', 'reusedBase', 'rateReused'],
    why: 'rows whose names carry their formula ("(1 = 1.1 + 1.2)") or name a base only by its row number',
  },
  'r20-aa-01-thanhhoa-tong-hop-don-vi-tabs': { extra: ['resolvedTotal'], why: 'the resolved total added up from its three timing parts (the page’s own)' },
  'r20-aa-02-lamdong-chi-so-766-dialog': { missing: ['*'], why: 'an index dialog of "Tỷ lệ │ Điểm tối đa │ Điểm đạt" with fractions in the rates’ cells' },
  'r20-ab-01-bieu06a-chua-bam-thong-ke': { missing: ['rateOnTime', 'rateOnline'], why: 'the rates only in the sentences under the form' },
  'r21-ac-01-dvcqg-danh-gia-xa-thanh-ba': {
    missing: ['receivedTotal', 'carriedOver', 'rateOnTime', 'paidOnline', 'feeDossiers', 'ratePayment', 'eResult', 'eResultBase', 'rateEResult', 'digitized', 'digitizedBase', 'rateDigitized', 'reused', 'reusedBase', 'rateReused', 'paknReceived', 'paknSatisfied', 'ratePaknSatisfied', 'rateHandlingSatisfaction', 'tthcPartial', 'tthcFull'],
    why: 'the national index page as HTML (tabs of tables with points, a ranking, a sentence giving the rate over the resolved dossiers); read through the portal’s own data instead',
  },
  'r21-ac-03-mot-cua-quang-ninh-dac-khu-co-to': {
    missing: ['receivedTotal', 'carriedOver', 'resolvedTotal', 'resolvedEarly', 'resolvedOnTime', 'resolvedLate', 'inProgressTotal', 'inProgressWithin', 'inProgressOverdue', 'suspended', 'returnedWithdrawn', 'rateOnline', 'rateOnTime', 'digitized', 'digitizedBase', 'rateDigitized', 'eResult', 'eResultBase', 'rateEResult', 'paidOnline', 'feeDossiers', 'ratePayment', 'paknReceived', 'paknSatisfied', 'ratePaknSatisfied', 'resolvedEarlyOrOnTime'],
    why: 'tiles each holding this period’s figure, last period’s and a fraction, beside a table of channels that is read (cards beside a table are not read)',
  },
  'r21-ae-03-phutho-month-label-vs-dates': { missing: ['digitizedBase', 'eResultBase'], why: 'the bases are not columns of their own' },
  'r21-af-03-quangninh-thong-ke-tthc-dvctt': {
    missing: ['*'],
    why: 'the catalogue by level with a "Toàn tỉnh" row: refused as a table by level of government; the catalogue’s own total row is not read yet',
  },
  'r22-ag-01-vnpt-igate-bao-cao-ky-kinh-bac': { missing: ['paidOnline', 'ratePayment'], why: 'the payment figures only in a card beside the table' },
  'r22-ag-03-gialai-thong-ke-xu-ly-ho-so-quy-nhon': {
    missing: ['rateOnTime'],
    extra: ['inProgressWithin'],
    why: 'the page’s on-time rate is over all dossiers to handle, not ours; the not-yet-due parts "Sắp trễ" + "Chưa đến" added up',
  },
  'r22-ah-03-hanoi-cum-khuvuc-phuc-tho': { missing: ['digitizedBase'], why: 'the digitisation base is the new dossiers by the page’s note only' },
  'r22-ai-01-opencps-bieu-do-sa-pa': {
    withoutPeriod: true,
    why: 'the month only in custom lists drawn without a combobox role ("Năm 2025", "Tháng 11"), the figures in chart labels; the year’s donut is read and stored without a period',
  },
  'r22-ai-03-tong-quan-yen-lac': {
    missing: ['receivedTotal', 'receivedDirect', 'inProgressWithin', 'inProgressOverdue', 'paknReceived', 'paknSatisfied', 'tthcCommune', 'tthcPartial', 'tthcFull', 'ratePaknSatisfied'],
    why: 'progress rows "993/1.001 99,20%", a definition list of channels and text lines beside the tiles',
  },
  'r22-aj-02-haiphong-motcua-sohoa-thanhtoan': { missing: ['digitizedBase', 'eResultBase', 'eResult', 'reusedBase'], why: 'three different bases named in the header’s notes' },
};

const DIR = join(__dirname, '../../fixtures/unseen');
const pages = readdirSync(DIR)
  .filter((f) => f.endsWith('.clerk.json'))
  .map((f) => f.slice(0, -'.clerk.json'.length));

/** The figures as the report sees them: the combined on-time count and the received ones derived from their parts. */
function asReported(fields: Fields | Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(fields)) if (typeof value === 'number') out[key] = value;
  const sum = (...keys: string[]) => (keys.every((k) => k in out) ? keys.reduce((a, k) => a + (out[k] ?? 0), 0) : undefined);
  out.resolvedEarlyOrOnTime ??= sum('resolvedEarly', 'resolvedOnTime') as number;
  out.receivedNew ??= (sum('receivedOnline', 'receivedDirect', 'receivedPostal') ?? sum('receivedOnline', 'receivedDirectOrPostal')) as number;
  out.inProgressTotal ??= sum('inProgressWithin', 'inProgressOverdue') as number;
  for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
  return out;
}

describe('unseen pages of real systems: never another number than the clerk’s', () => {
  it.each(pages)('%s', (name) => {
    const clerk = JSON.parse(readFileSync(join(DIR, `${name}.clerk.json`), 'utf8')) as ClerkReading;
    const { document } = new JSDOM(readFileSync(join(DIR, `${name}.html`), 'utf8')).window;
    const stored = extractPage(document, clerk.clerk).extractions.filter((e) => Object.values(e.fields).some((v) => typeof v === 'number'));
    const gap = GAPS[name];
    if (clerk.verdict === 'refuse') {
      expect(stored).toEqual([]);
      return;
    }
    if (gap?.missing?.includes('*')) {
      expect(stored).toEqual([]);
      return;
    }
    if (gap?.withoutPeriod) {
      for (const e of stored) expect(e.period).toBeNull();
      return;
    }
    for (const e of stored) expect(e.period).toEqual(clerk.period);
    const got: Record<string, number> = {};
    for (const e of stored) for (const [key, value] of Object.entries(asReported(e.fields))) got[key] ??= value;
    const want = asReported(clerk.fields ?? {});
    // The clerk's split or combined on-time figures: either way of writing them is the same figure.
    if (!('resolvedEarly' in got) && 'resolvedEarlyOrOnTime' in got) for (const key of ['resolvedEarly', 'resolvedOnTime']) delete want[key];
    const missing = Object.keys(want).filter((key) => !(key in got));
    const extra = Object.keys(got).filter((key) => !(key in want));
    const shared = Object.keys(want).filter((key) => key in got);
    expect(Object.fromEntries(shared.map((key) => [key, got[key]]))).toEqual(Object.fromEntries(shared.map((key) => [key, want[key]])));
    expect(missing.sort()).toEqual([...(gap?.missing ?? [])].sort());
    expect(extra.sort()).toEqual([...(gap?.extra ?? [])].sort());
  });
});
