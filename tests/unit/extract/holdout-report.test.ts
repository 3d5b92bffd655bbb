// Issue 11 holdout pages (written by the integrator, wordings seen across Vietnamese one-stop systems) and our own
// variant pages: extraction → the period's figures → section 3.2. Every page is Tháng 02/2026 of xã Bình Giang with
// the seed's target numbers: received new 795 (online 795 = 100%), resolved 780, early + on time 780, in progress 35.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/utils/extract';
import { periodById } from '@/utils/domain/period';
import { blocksToText } from '@/utils/report/clipboard';
import { pickFigures } from '@/utils/report/figures';
import { computeIndicators } from '@/utils/report/indicators';
import { section32 } from '@/utils/report/sections/section32';
import { capture, FEB_2026, SEED_SETTINGS } from '../report/helpers';

const DIR = join(__dirname, '../../fixtures');

/** Section 3.2 as printed from what the page gives (every table of it a capture of the period). */
function section32Of(name: string): { text: string; missing: string[] } {
  const { document } = new JSDOM(readFileSync(join(DIR, `${name}.html`), 'utf8')).window;
  const { extractions, problem } = extractPage(document, SEED_SETTINGS);
  expect(problem).toBeUndefined();
  expect(extractions.length).toBeGreaterThan(0);
  for (const e of extractions) expect(e.period).toEqual(FEB_2026);
  const figures = pickFigures(
    extractions.map((e) => capture(e.fields, { kinds: e.kinds, cells: e.cells, unit: e.unit ?? '' })),
    FEB_2026,
  );
  const period = periodById('month:2026-02');
  if (!period) throw new Error('month:2026-02 must be a period id');
  const { blocks, missing } = section32.build({ period, figures, indicators: computeIndicators(figures, SEED_SETTINGS), settings: SEED_SETTINGS });
  return { text: blocksToText(blocks), missing };
}

const RECEIVED = 'Tổng số hồ sơ trên địa bàn xã đã tiếp nhận là 795 hồ sơ';
const ONLINE = '(trong đó, tiếp nhận trực tuyến 795 hồ sơ, đạt tỷ lệ 100%)';
const RESOLVED = 'Số lượng hồ sơ đã giải quyết: 780 hồ sơ, trong đó, giải quyết trước, đúng hạn 780 hồ sơ, hồ sơ đang giải quyết 35 hồ sơ.';
const WHOLE = `${RECEIVED} ${ONLINE}. ${RESOLVED}`;
const ON_TIME_RATE = '- Tỷ lệ hồ sơ đã giải quyết trước hạn, đúng hạn: 100%';
const ONLINE_RATE = '- Tỷ lệ nộp hồ sơ trực tuyến: 100%';

describe('holdout pages → section 3.2', () => {
  it('h1 (iGate: Tổng số hồ sơ / Tiếp nhận mới / Kỳ trước chuyển qua): received new, carried over, resolved, in progress', () => {
    const { text } = section32Of('holdout-h1-igate');
    expect(text).toContain(`${RECEIVED} (trong đó, tiếp nhận trực tuyến chưa có số liệu hồ sơ`); // the page has no online column
    expect(text).toContain(`; kỳ trước chuyển sang 20 hồ sơ. ${RESOLVED}`);
    expect(text).toContain(ON_TIME_RATE);
  });

  it.each(['holdout-h2-viettel', 'holdout-h3-hoanthanh', 'holdout-h4-li-kpi', 'holdout-h6-chitieu-donvi'])(
    '%s: a bare received figure with no carried-over one is the new dossiers; the whole counts sentence reads right',
    (name) => {
      const { text, missing } = section32Of(name);
      expect(text).toContain(WHOLE);
      expect(text).toContain(ONLINE_RATE);
      expect(text).toContain(ON_TIME_RATE);
      expect(missing).not.toContain('Số hồ sơ mới tiếp nhận trong kỳ');
    },
  );

  it('h5 (Biểu 06a: nhận giải quyết = new + carried over): received new derived from the channels', () => {
    const { text } = section32Of('holdout-h5-tt01');
    expect(text).toContain(`${RECEIVED} ${ONLINE}; kỳ trước chuyển sang 20 hồ sơ. ${RESOLVED}`);
  });

  it('h7 (online and payment, digitisation): received new and online from "Hồ sơ tiếp nhận › Tổng / Nộp trực tuyến"; payment and digitisation rates', () => {
    const { text } = section32Of('holdout-h7-dvctt');
    expect(text).toContain(`${RECEIVED} ${ONLINE}.`);
    expect(text).toContain(ONLINE_RATE);
    expect(text).toContain('- Tỷ lệ hồ sơ thanh toán trực tuyến: 91,67%'); // 110 of 120 fee-bearing dossiers
    expect(text).toMatch(/- Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính: 100%/);
  });
});

describe('variant pages (our own, in the habits of other systems) → section 3.2', () => {
  it.each([
    'variant-vnpt-igate-don-vi', // unit rows "X. …", total row first, "Tiếp nhận › Tổng số / … / Bưu chính"
    'variant-viettel-ket-qua', // "Số hồ sơ nhận (hồ sơ)", "Trong đó: Nộp qua mạng", flat "Trong đó: Trước hạn" splits, "%" cells
    'variant-fpt-chi-tieu-gia-tri', // transposed "Chỉ tiêu | Giá trị"
    'variant-cmc-danh-so', // numbered groups "1. Tiếp nhận", a bare "Tỷ lệ (%)" after the online count, "Thời gian: … - …"
    'variant-misa-the-so-lieu', // KPI cards "Đã hoàn thành" / "Đang thực hiện"
  ])('%s', (name) => {
    const { text } = section32Of(name);
    expect(text).toContain(WHOLE);
    expect(text).toContain(ONLINE_RATE);
    expect(text).toContain(ON_TIME_RATE);
  });

  it('variant-vietinfo-can-giai-quyet: "Hồ sơ cần giải quyết › Tổng / Tồn kỳ trước / Mới tiếp nhận › Tổng, Qua mạng, Tại Bộ phận Một cửa"', () => {
    const { text } = section32Of('variant-vietinfo-can-giai-quyet');
    expect(text).toContain(`${RECEIVED} ${ONLINE}; kỳ trước chuyển sang 20 hồ sơ. ${RESOLVED}`);
  });

  it('variant-bo-chi-so-766: the groups of the 766 index ("Tiến độ giải quyết", "Dịch vụ trực tuyến", "Thanh toán trực tuyến", "Số hóa hồ sơ") with "%" cells', () => {
    const { text } = section32Of('variant-bo-chi-so-766');
    expect(text).toContain('Số lượng hồ sơ đã giải quyết: 780 hồ sơ, trong đó, giải quyết trước, đúng hạn 780 hồ sơ');
    expect(text).toContain('tiếp nhận trực tuyến 795 hồ sơ');
    expect(text).toContain(ON_TIME_RATE);
    expect(text).toContain('- Tỷ lệ hồ sơ thanh toán trực tuyến: 91,67%');
    expect(text).toContain('- Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính: 100%');
  });
});
