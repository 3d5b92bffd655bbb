import { describe, expect, it } from 'vitest';
import { isExtraction } from '@/utils/store/messages';
import { OLD_REST_PATH } from '@/utils/national/endpoints';
import { NATIONAL_SOURCE } from '@/utils/national/message';
import { NO_UNIT_PROBLEM, OLD_PAGE_PROBLEM, parseNationalMessage, type NationalOutcome } from '@/utils/national/parse';
import type { Extraction } from '@/utils/domain/types';
import { editedResponse, fixtureText, JANUARY, januaryMessage, message } from './helpers';

const UNIT = 'xã Bình Giang';
const JANUARY_2026 = { from: '2026-01-01', to: '2026-01-31' };

function extracted(outcome: NationalOutcome): Extraction {
  if (outcome.status !== 'extracted') throw new Error(`expected an extraction, got ${JSON.stringify(outcome)}`);
  expect(isExtraction(outcome.extraction)).toBe(true); // the background would accept it
  return outcome.extraction;
}

function problem(outcome: NationalOutcome): string {
  if (outcome.status !== 'refused') throw new Error(`expected a refusal, got ${JSON.stringify(outcome)}`);
  return outcome.problem;
}

describe('dossier-digitized', () => {
  it('gives the unit’s digitisation, e-result and reuse counts for the calendar month, with provenance', () => {
    const e = extracted(parseNationalMessage(januaryMessage('dossier-digitized'), UNIT));
    expect(e.kinds).toEqual(['index766', 'digitization']);
    expect(e.period).toEqual(JANUARY_2026);
    expect(e.periodBasis).toBe('calendar');
    expect(e.unit).toBe('UBND xã Bình Giang');
    expect(e.rowChoice).toBe('unit');
    expect(e.fields).toEqual({ digitized: 291, digitizedBase: 300, eResult: 250, eResultBase: 262, reused: 171, reusedBase: 300 });
    expect(e.cells.reused).toEqual({ header: ['Bộ chỉ số 766', 'REUSED_DIGITIZED_DATA', 'numerator'], row: 'UBND xã Bình Giang', raw: '171' });
    expect(e.cells.digitizedBase?.header).toEqual(['Bộ chỉ số 766', 'SO_HOA_GIAY_TO_GIAI_QUYET', 'denominator']);
    expect(e.unmapped).toContainEqual(['Bộ chỉ số 766', 'ELECTRONIC_CERTIFIED_COPY']);
    expect(e.warnings).toEqual([]);
  });

  it('keeps null counts as null, never 0, and takes no rate from a null ratio', () => {
    const e = extracted(parseNationalMessage(januaryMessage('dossier-digitized'), 'UBND xã Kiến Thụy'));
    // This unit had no dossiers: the portal gives 0/0 with ratio null.
    expect(e.fields.reused).toBe(0);
    expect(e.fields.reusedBase).toBe(0);
    expect(e.fields).not.toHaveProperty('rateReused');

    const nulls = editedResponse('dossier-digitized.month-2026-01.json', (json) => {
      const row = json.data.evaluation.find((r: any) => r.departmentName === 'UBND xã Bình Giang');
      for (const m of row.metrics) Object.assign(m, { numerator: null, denominator: null, ratio: null });
    });
    const n = extracted(parseNationalMessage(message('dossier-digitized', JANUARY, nulls), UNIT));
    expect(n.fields.reused).toBeNull();
    expect(n.fields.reusedBase).toBeNull();
    expect(n.fields.digitized).toBeNull();
    expect(n.fields).not.toHaveProperty('rateReused');
    expect(n.cells.reused?.raw).toBe('null');
  });

  it('takes the ratio only when the metric has no counts', () => {
    const rateOnly = editedResponse('dossier-digitized.month-2026-01.json', (json) => {
      const row = json.data.evaluation.find((r: any) => r.departmentName === 'UBND xã Bình Giang');
      const reuse = row.metrics.find((m: any) => m.code === 'REUSED_DIGITIZED_DATA');
      Object.assign(reuse, { numerator: null, denominator: null, ratio: 57 });
    });
    const e = extracted(parseNationalMessage(message('dossier-digitized', JANUARY, rateOnly), UNIT));
    expect(e.fields.rateReused).toBe(57);
    expect(e.cells.rateReused?.header).toEqual(['Bộ chỉ số 766', 'REUSED_DIGITIZED_DATA', 'ratio']);
    expect(e.fields).not.toHaveProperty('rateDigitized'); // SO_HOA has counts: its ratio is not copied
  });

  it('reports a count it cannot read instead of storing it, and flags numerators above denominators', () => {
    const odd = editedResponse('dossier-digitized.month-2026-01.json', (json) => {
      const row = json.data.evaluation.find((r: any) => r.departmentName === 'UBND xã Bình Giang');
      row.metrics.find((m: any) => m.code === 'REUSED_DIGITIZED_DATA').numerator = '171';
      row.metrics.find((m: any) => m.code === 'SO_HOA_GIAY_TO_GIAI_QUYET').numerator = 301;
    });
    const e = extracted(parseNationalMessage(message('dossier-digitized', JANUARY, odd), UNIT));
    expect(e.fields).not.toHaveProperty('reused');
    expect(e.warnings.join('\n')).toMatch(/REUSED_DIGITIZED_DATA › numerator.*"171"/);
    expect(e.warnings.join('\n')).toMatch(/SO_HOA_GIAY_TO_GIAI_QUYET.*301 lớn hơn mẫu số 300/);
    // A numerator above its denominator is no share of it: neither count is kept.
    expect(e.fields).not.toHaveProperty('digitized');
    expect(e.fields).not.toHaveProperty('digitizedBase');
  });

  it('turns the portal’s data-quality flags into warnings', () => {
    const flagged = editedResponse('dossier-digitized.month-2026-01.json', (json) => {
      const row = json.data.evaluation.find((r: any) => r.departmentName === 'UBND xã Bình Giang');
      row.dataQualityStatus = 'TEMP_NATIONAL_REPORT_DENOMINATOR';
    });
    const e = extracted(parseNationalMessage(message('dossier-digitized', JANUARY, flagged), UNIT));
    expect(e.warnings).toEqual([expect.stringContaining('mẫu số đang là số tạm')]);
  });
});

describe('handling-satisfaction', () => {
  it('gives PAKN received (totalPetitions) and satisfied for the date range of the request', () => {
    const e = extracted(parseNationalMessage(januaryMessage('handling-satisfaction'), UNIT));
    expect(e.kinds).toEqual(['index766', 'feedback']);
    expect(e.period).toEqual(JANUARY_2026);
    expect(e.fields).toEqual({ paknSatisfied: 2, paknReceived: 2, rateHandlingSatisfaction: 93.67 });
    expect(e.cells.paknReceived?.header).toEqual(['Bộ chỉ số 766', 'handling-satisfaction', 'totalPetitions']);
    expect(e.cells.paknSatisfied?.header).toEqual(['Bộ chỉ số 766', 'PETITION_HANDLING_SATISFACTION', 'numerator']);
  });

  it('zero PAKN gives 0 received and no satisfaction rate (the portal’s ratio 0 is not copied)', () => {
    const e = extracted(parseNationalMessage(januaryMessage('handling-satisfaction'), 'đặc khu Cát Hải'));
    expect(e.fields.paknReceived).toBe(0);
    expect(e.fields.paknSatisfied).toBe(0);
    expect(e.fields).not.toHaveProperty('ratePaknSatisfied');
  });

  it('warns when totalPetitions differs from the satisfaction metric’s denominator', () => {
    const differ = editedResponse('handling-satisfaction.month-2026-01.json', (json) => {
      json.data.evaluation.find((r: any) => r.departmentName === 'UBND xã Bình Giang').totalPetitions = 3;
    });
    const e = extracted(parseNationalMessage(message('handling-satisfaction', JANUARY, differ), UNIT));
    expect(e.fields.paknReceived).toBe(3);
    expect(e.warnings).toEqual([expect.stringMatching(/số PAKN tiếp nhận \(3\) khác mẫu số .* \(2\)/)]);
  });
});

describe('tree endpoints', () => {
  it('formality-online-payment-tree gives paid-online and fee dossiers from the unit’s child node', () => {
    const e = extracted(parseNationalMessage(januaryMessage('formality-online-payment-tree'), UNIT));
    expect(e.kinds).toEqual(['index766', 'payment']);
    expect(e.fields).toEqual({ paidOnline: 131, feeDossiers: 180 });
    expect(e.cells.paidOnline).toEqual({
      header: ['Bộ chỉ số 766', 'formality-online-payment-tree', 'totalDossierOnlinePaymentSuccess'],
      row: 'UBND xã Bình Giang',
      raw: '131',
    });
    expect(e.fields).not.toHaveProperty('ratePayment'); // the node's ratio is a score ratio
  });

  it('provide-online-tree gives channel counts when the unit is the parent node', () => {
    const msg = message('provide-online-tree', JANUARY, fixtureText('provide-online-tree.unit-binh-giang.month-2026-01.json'));
    const e = extracted(parseNationalMessage(msg, UNIT));
    expect(e.kinds).toEqual(['index766', 'online']);
    expect(e.fields).toEqual({ receivedNew: 300, receivedOnline: 246, receivedDirect: 54, receivedPostal: 0 });
    expect(e.fields).not.toHaveProperty('rateOnline');
  });

  it('provide-online-tree of a whole city carries only scores for the unit: refused, nothing stored', () => {
    expect(problem(parseNationalMessage(januaryMessage('provide-online-tree'), UNIT))).toMatch(
      /^Dịch vụ công trực tuyến: trang chỉ có điểm của đơn vị báo cáo, không có số hồ sơ/,
    );
  });

  it('warns when the channels do not add up to the total', () => {
    const off = editedResponse('provide-online-tree.unit-binh-giang.month-2026-01.json', (json) => {
      json.data.parent.channelPostalSum = 5;
    });
    const e = extracted(parseNationalMessage(message('provide-online-tree', JANUARY, off), UNIT));
    expect(e.warnings).toEqual([expect.stringContaining('(305) khác tổng số hồ sơ tiếp nhận (300)')]);
  });
});

describe('what is not captured', () => {
  it('ignores the groups the report does not use', () => {
    expect(parseNationalMessage(januaryMessage('transparency'), UNIT)).toEqual({ status: 'ignored' });
    expect(parseNationalMessage(januaryMessage('dvc-progress-tree'), UNIT)).toEqual({ status: 'ignored' });
  });

  it('refuses when the unit is not in the response', () => {
    expect(problem(parseNationalMessage(januaryMessage('dossier-digitized'), 'xã Vĩnh Bảo'))).toMatch(
      /^Số hóa hồ sơ: Không thấy đơn vị báo cáo \(trong Cài đặt\) trong 6 đơn vị/,
    );
    expect(problem(parseNationalMessage(januaryMessage('dossier-digitized'), 'phường Bình Giang'))).toMatch(/Không thấy/);
    expect(problem(parseNationalMessage(januaryMessage('dossier-digitized'), ' '))).toBe(NO_UNIT_PROBLEM);
  });

  it('matches the unit name tolerantly (UBND, case, diacritics, a region suffix)', () => {
    for (const name of ['UBND XÃ BÌNH GIANG', 'xa binh giang', 'Xã Bình Giang - Thành phố Hải Phòng']) {
      expect(extracted(parseNationalMessage(januaryMessage('dossier-digitized'), name)).unit).toBe('UBND xã Bình Giang');
    }
  });

  it('refuses a response filtered to one procedure (not the unit’s totals)', () => {
    const msg = message('dossier-digitized', { ...JANUARY, formalityID: 'abc' }, fixtureText('dossier-digitized.month-2026-01.json'));
    expect(problem(parseNationalMessage(msg, UNIT))).toMatch(/lọc theo một thủ tục hành chính/);
  });

  it('refuses when the period cannot be read from the request', () => {
    const body = fixtureText('dossier-digitized.month-2026-01.json');
    expect(problem(parseNationalMessage(message('dossier-digitized', { timeType: 'month', year: 2026 }, body), UNIT))).toMatch(
      /không rõ tháng\/quý\/năm/,
    );
    expect(problem(parseNationalMessage(message('dossier-digitized', null, body), UNIT))).toMatch(/không đọc được yêu cầu/);
    expect(problem(parseNationalMessage(message('dossier-digitized', '{oops', body), UNIT))).toMatch(/không đọc được yêu cầu/);
  });

  it('refuses garbage and unknown shapes with a clear reason', () => {
    const shapes = ['<html>502 Bad Gateway</html>', '[]', '{"code":"OK","data":{"rows":[]}}', '{"code":"OK","data":null}', ''];
    for (const response of shapes) {
      expect(problem(parseNationalMessage(message('dossier-digitized', JANUARY, response), UNIT))).toMatch(
        /dạng số liệu trả về khác với dạng đã biết/,
      );
    }
    const noMetrics = editedResponse('dossier-digitized.month-2026-01.json', (json) => {
      for (const r of json.data.evaluation) delete r.metrics;
    });
    expect(problem(parseNationalMessage(message('dossier-digitized', JANUARY, noMetrics), UNIT))).toMatch(/dạng đã biết/);
  });

  it('passes on the portal’s own error', () => {
    const msg = message('dossier-digitized', JANUARY, '{"code":"UNAUTHORIZED","data":null,"message":"Phiên làm việc hết hạn"}');
    expect(problem(parseNationalMessage(msg, UNIT))).toBe(
      'Số hóa hồ sơ: Cổng Dịch vụ công quốc gia báo lỗi (UNAUTHORIZED: Phiên làm việc hết hạn); chưa lưu.',
    );
  });

  it('refuses the old rest.jsp page clearly: it has only group scores', () => {
    const old = {
      source: NATIONAL_SOURCE,
      endpoint: OLD_REST_PATH,
      request: `params=${encodeURIComponent('{"type":"ref","p_nam":"2025","service":"report_tinh_766_service"}')}`,
      response: fixtureText('rest-766-old.json'),
    } as const;
    expect(problem(parseNationalMessage(old, UNIT))).toBe(OLD_PAGE_PROBLEM);
    expect(OLD_PAGE_PROBLEM).toMatch(/phiên bản cũ.*chưa lưu số liệu/);
  });
});
