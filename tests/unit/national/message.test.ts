import { describe, expect, it } from 'vitest';
import { acceptNationalMessage, isNationalMessage, NATIONAL_SOURCE } from '@/utils/national/message';

const ORIGIN = 'https://dichvucong.gov.vn';
const self = { location: { origin: ORIGIN } };
const good = {
  source: NATIONAL_SOURCE,
  endpoint: '/api/v1/reporting/evaluation/handling-satisfaction',
  request: '{"fromDate":"2026-01-01","toDate":"2026-01-31"}',
  response: '{"code":"OK"}',
};

describe('bridge message check', () => {
  it('accepts exactly the observer’s message from this window and origin', () => {
    expect(acceptNationalMessage({ source: self, origin: ORIGIN, data: good }, self)).toBe(good);
    expect(acceptNationalMessage({ source: self, origin: ORIGIN, data: { ...good, request: null } }, self)).not.toBeNull();
    expect(isNationalMessage({ ...good, endpoint: '/jsp/rest.jsp' })).toBe(true);
  });

  it('refuses messages from other windows (frames, openers) or other origins', () => {
    expect(acceptNationalMessage({ source: {}, origin: ORIGIN, data: good }, self)).toBeNull();
    expect(acceptNationalMessage({ source: null, origin: ORIGIN, data: good }, self)).toBeNull();
    expect(acceptNationalMessage({ source: self, origin: 'https://evil.example', data: good }, self)).toBeNull();
    expect(acceptNationalMessage({ source: self, origin: 'http://dichvucong.gov.vn', data: good }, self)).toBeNull();
  });

  it('refuses any other shape', () => {
    const bad: unknown[] = [
      null,
      'bao-cao-cchc-766',
      [good],
      { ...good, source: 'other' },
      { ...good, extra: 1 },
      { source: good.source, endpoint: good.endpoint, response: good.response },
      { ...good, endpoint: '/api/v1/reporting/formalities' },
      { ...good, endpoint: '/api/v1/reporting/evaluation/../../users' },
      { ...good, request: 42 },
      { ...good, response: { code: 'OK' } },
      { ...good, request: 'x'.repeat(100_001) },
    ];
    for (const data of bad) expect(acceptNationalMessage({ source: self, origin: ORIGIN, data }, self)).toBeNull();
  });
});
