import { describe, expect, it } from 'vitest';
import { computeIndicators, INDICATOR_KEYS } from '@/utils/report/indicators';
import type { Fields } from '@/utils/domain/types';
import { figuresOf, SEED_FIELDS, SEED_SETTINGS } from './helpers';

const indicatorsOf = (values: Fields) => computeIndicators(figuresOf(values), SEED_SETTINGS);

describe('computeIndicators', () => {
  it('gives the six indicators in the seed order with its wording', () => {
    const set = indicatorsOf(SEED_FIELDS);
    expect(INDICATOR_KEYS.map((key) => set[key].label)).toEqual([
      'Tỷ lệ nộp hồ sơ trực tuyến',
      'Tỷ lệ hồ sơ đã giải quyết trước hạn, đúng hạn',
      'Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính',
      'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa',
      'Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị trên hệ thống của thành phố Hải Phòng',
      'Tỷ lệ hồ sơ thanh toán trực tuyến',
    ]);
    expect(INDICATOR_KEYS.map((key) => [set[key].text, set[key].status])).toEqual(Array(6).fill(['100%', 'met']));
  });

  it('computes online and on-time rates from counts, with their sources', () => {
    const set = indicatorsOf({ receivedNew: 95, receivedOnline: 88, resolvedTotal: 10, resolvedEarly: 3, resolvedOnTime: 2 });
    expect(set.online).toMatchObject({ numerator: 88, denominator: 95, text: '92,63%', status: 'met', target: 60 });
    expect(set.online.value).toEqual({ num: 8800n, den: 95n });
    expect(set.online.percent).toBeCloseTo(92.6316, 3);
    expect(Object.keys(set.online.sources).sort()).toEqual(['receivedNew', 'receivedOnline']);
    expect(set.onTime).toMatchObject({ numerator: 5, denominator: 10, text: '50%', status: 'missed' });
  });

  it('divides a page\'s one figure for early and on time together when the two are not split, keeping the split when it is', () => {
    const combined = indicatorsOf({ resolvedTotal: 800, resolvedEarlyOrOnTime: 780, resolvedLate: 20 });
    expect(combined.onTime).toMatchObject({ numerator: 780, denominator: 800, text: '97,5%', status: 'met' });
    expect(Object.keys(combined.onTime.sources).sort()).toEqual(['resolvedEarlyOrOnTime', 'resolvedTotal']);
    // The split, when known, is what the rate is made of: each part keeps its page cell as provenance.
    const split = indicatorsOf({ resolvedTotal: 10, resolvedEarly: 3, resolvedOnTime: 2 });
    expect(Object.keys(split.onTime.sources).sort()).toEqual(['resolvedEarly', 'resolvedOnTime', 'resolvedTotal']);
    // Missing: the clerk is asked for the parts they can enter.
    expect(Object.keys(indicatorsOf({ resolvedTotal: 10 }).onTime.sources)).toEqual(['resolvedTotal']);
  });

  it('compares exact values: 59,999% misses a 60% target even though it prints 60%', () => {
    const set = indicatorsOf({ receivedNew: 100000, receivedOnline: 59999 });
    expect(set.online).toMatchObject({ text: '60%', status: 'missed' });
    expect(indicatorsOf({ receivedNew: 5, receivedOnline: 3 }).online.status).toBe('met'); // exactly 60%
  });

  it('says "Thiếu số liệu" when neither counts nor a rate are known', () => {
    const set = indicatorsOf({ receivedNew: 795 });
    expect(set.online).toMatchObject({ text: 'chưa có số liệu', status: 'missing', value: null, percent: null });
  });

  it('falls back to a captured rate only when the counts are not both known', () => {
    expect(indicatorsOf({ reused: 40, reusedBase: 100, rateReused: 90 }).reused).toMatchObject({ text: '40%', status: 'missed' });
    expect(indicatorsOf({ reusedBase: 100, rateReused: 90 }).reused).toMatchObject({
      text: '90%',
      numerator: null,
      denominator: null,
      status: 'met',
    });
    expect(Object.keys(indicatorsOf({ ratePayment: 75.5 }).payment.sources)).toEqual(['ratePayment']);
  });

  it('does not take the on-time rate from a captured rate (it may be the national-index variant)', () => {
    expect(indicatorsOf({ rateOnTime: 98 }).onTime.status).toBe('missing');
  });

  describe('PAKN satisfaction', () => {
    it('says "không phát sinh" with no PAKN, and is neither met nor missed', () => {
      const pakn = indicatorsOf({ paknReceived: 0, ratePaknSatisfied: 100 }).paknSatisfied;
      expect(pakn).toMatchObject({ text: 'không phát sinh', status: 'notArisen', value: null });
    });

    it('never uses the dossier-handling satisfaction rate', () => {
      const pakn = indicatorsOf({ rateHandlingSatisfaction: 99 }).paknSatisfied;
      expect(pakn).toMatchObject({ text: 'chưa có số liệu', status: 'missing' });
    });

    it('uses satisfied / received', () => {
      expect(indicatorsOf({ paknReceived: 20, paknSatisfied: 19 }).paknSatisfied).toMatchObject({ text: '95%', status: 'met' });
    });
  });

  describe('digitisation', () => {
    it('uses the captured rate when only a rate exists, and targets 100% exactly', () => {
      expect(indicatorsOf({ rateDigitized: 99.999 }).digitized).toMatchObject({ text: '99,99%', status: 'missed' });
    });

    it('adds the results rate when it differs', () => {
      const d = indicatorsOf({ digitized: 795, digitizedBase: 795, eResult: 191, eResultBase: 200 }).digitized;
      expect(d.text).toBe('100%; số hóa kết quả giải quyết: 95,5%');
      expect(d.status).toBe('met');
      expect(Object.keys(d.sources).sort()).toEqual(['digitized', 'digitizedBase', 'eResult', 'eResultBase']);
    });

    it('does not repeat an equal results rate', () => {
      expect(indicatorsOf({ rateDigitized: 100, rateEResult: 100 }).digitized.text).toBe('100%');
    });
  });

  it('says "không phát sinh" for payment with no fee dossiers', () => {
    expect(indicatorsOf({ feeDossiers: 0, paidOnline: 0 }).payment).toMatchObject({ text: 'không phát sinh', status: 'notArisen' });
  });
});
