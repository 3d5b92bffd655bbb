import { describe, expect, it } from 'vitest';
import {
  COUNT_FIELDS,
  FIELD_KEYS,
  FIELD_LABELS,
  KIND_FIELDS,
  MANUAL_FIELDS,
  PAGE_KINDS,
  RATE_FIELDS,
  fieldKind,
  isCountField,
  isFieldKey,
  isRateField,
  measureOf,
  rateOf,
  soleRateOf,
  sumRuleOf,
} from '@/utils/domain/fields';
import { pageKinds } from '@/utils/extract/kinds';

describe('the field registry', () => {
  it('classifies every field once: counts and rates are disjoint and make up all fields', () => {
    expect(new Set(FIELD_KEYS).size).toBe(FIELD_KEYS.length);
    expect(COUNT_FIELDS.filter((k) => (RATE_FIELDS as readonly string[]).includes(k))).toEqual([]);
    expect(FIELD_KEYS).toEqual([...COUNT_FIELDS, ...RATE_FIELDS]);
    for (const key of COUNT_FIELDS) expect([isCountField(key), isRateField(key)]).toEqual([true, false]);
    for (const key of RATE_FIELDS) expect([isCountField(key), isRateField(key)]).toEqual([false, true]);
    expect(isFieldKey('toString')).toBe(false);
    expect(isFieldKey('__proto__')).toBe(false);
  });

  it('gives every field a Vietnamese label, and rates say they were read off a page', () => {
    expect(Object.keys(FIELD_LABELS).sort()).toEqual([...FIELD_KEYS].sort());
    for (const key of FIELD_KEYS) expect(FIELD_LABELS[key]).toMatch(/^(Số|Tổng|Tỷ lệ) /);
    for (const key of RATE_FIELDS) expect(FIELD_LABELS[key]).toMatch(/^Tỷ lệ .*\(trên trang\)$/);
    expect(new Set(Object.values(FIELD_LABELS)).size).toBe(FIELD_KEYS.length);
  });

  it('puts every field on exactly one page kind, and the kind lists are derived from it', () => {
    const listed = KIND_FIELDS.flatMap(([, keys]) => keys);
    expect([...listed].sort()).toEqual([...FIELD_KEYS].sort());
    for (const [kind, keys] of KIND_FIELDS) for (const key of keys) expect(fieldKind(key)).toBe(kind);
    expect(KIND_FIELDS.map(([kind]) => kind)).toEqual(['results', 'online', 'digitization', 'payment', 'feedback', 'catalogue']);
    expect(PAGE_KINDS.filter((kind) => !KIND_FIELDS.some(([k]) => k === kind))).toEqual(['index766']);
    for (const key of FIELD_KEYS) expect(pageKinds([key])).toEqual([fieldKind(key)]);
  });

  it('has a monthly summing rule for every count, with the stocks where spec §3 puts them', () => {
    for (const key of COUNT_FIELDS) expect(['flow', 'opening', 'closing', 'openingPlusFlow']).toContain(sumRuleOf(key));
    expect(sumRuleOf('carriedOver')).toBe('opening');
    expect(sumRuleOf('receivedTotal')).toBe('openingPlusFlow');
    expect(COUNT_FIELDS.filter((k) => sumRuleOf(k) === 'closing')).toEqual([
      'inProgressTotal',
      'inProgressWithin',
      'inProgressOverdue',
      'suspended',
      'tthcTotal',
      'tthcProvincial',
      'tthcCommune',
      'tthcPartial',
      'tthcFull',
    ]);
  });

  it('lets the clerk type only counts, and links counts to a rate of their own page kind', () => {
    expect(MANUAL_FIELDS.length).toBe(25);
    for (const key of MANUAL_FIELDS) expect(isCountField(key)).toBe(true);
    for (const key of ['receivedNew', 'carriedOver', 'resolvedTotal', 'reducedTime', 'tthcCommune'] as const) expect(MANUAL_FIELDS).toContain(key);
    for (const key of ['receivedTotal', 'receivedDirect', 'suspended'] as const) expect(MANUAL_FIELDS).not.toContain(key);
    for (const key of COUNT_FIELDS) {
      const rate = rateOf(key);
      if (rate && key !== 'receivedNew') expect(fieldKind(rate)).toBe(fieldKind(key));
    }
    expect(rateOf('digitized')).toBe('rateDigitized');
    expect(rateOf('paknReceived')).toBe('ratePaknSatisfied');
    expect(RATE_FIELDS.filter((rate) => !COUNT_FIELDS.some((k) => rateOf(k) === rate))).toEqual(['rateHandlingSatisfaction']);
  });

  it('relates each rate to its numerator and base, and knows which counts alone make their rate', () => {
    expect(measureOf('rateOnTime')).toEqual({ numerator: ['resolvedEarly', 'resolvedOnTime'], base: 'resolvedTotal', whole: 'resolvedEarlyOrOnTime' });
    expect(measureOf('rateOnline')).toEqual({ numerator: ['receivedOnline'], base: 'receivedNew' });
    expect(measureOf('rateHandlingSatisfaction')).toBeUndefined();
    for (const rate of RATE_FIELDS) {
      const m = measureOf(rate);
      if (!m) continue;
      for (const key of [...m.numerator, m.base]) expect(rateOf(key)).toBe(rate);
    }
    // A share beside "Trước hạn" is not the on-time rate; beside "Trực tuyến" it is the online rate.
    expect(COUNT_FIELDS.filter((key) => soleRateOf(key) !== undefined)).toEqual(['receivedOnline', 'resolvedEarlyOrOnTime', 'digitized', 'eResult', 'reused', 'paidOnline', 'paknSatisfied']);
    expect(soleRateOf('resolvedEarlyOrOnTime')).toBe('rateOnTime');
    expect(soleRateOf('resolvedEarly')).toBeUndefined();
    expect(soleRateOf('receivedNew')).toBeUndefined();
    expect(soleRateOf('digitized')).toBe('rateDigitized');
  });
});
