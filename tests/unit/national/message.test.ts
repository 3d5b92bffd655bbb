import { describe, expect, it } from 'vitest';
import { acceptNationalPort, isNationalMessage, NATIONAL_PORT, NATIONAL_SOURCE } from '@/utils/national/message';

const ORIGIN = 'https://dichvucong.gov.vn';
const self = { location: { origin: ORIGIN } };
const good = {
  source: NATIONAL_SOURCE,
  endpoint: '/api/v1/reporting/evaluation/handling-satisfaction',
  request: '{"fromDate":"2026-01-01","toDate":"2026-01-31"}',
  response: '{"code":"OK"}',
};

describe('bridge message check', () => {
  it('accepts exactly the observer’s message shape', () => {
    expect(isNationalMessage(good)).toBe(true);
    expect(isNationalMessage({ ...good, request: null })).toBe(true);
    expect(isNationalMessage({ ...good, endpoint: '/jsp/rest.jsp' })).toBe(true);
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
    for (const data of bad) expect(isNationalMessage(data)).toBe(false);
  });
});

describe('the observer’s port', () => {
  const port = new MessageChannel().port2;
  const handshake = { source: NATIONAL_PORT };

  it('is taken from this window’s own message with the exact handshake and one port', () => {
    expect(acceptNationalPort({ source: self, origin: ORIGIN, data: handshake, ports: [port] }, self)).toBe(port);
  });

  it('is refused from other windows (frames, openers), other origins, or another shape', () => {
    const other = new MessageChannel().port1;
    const events = [
      { source: {}, origin: ORIGIN, data: handshake, ports: [port] },
      { source: null, origin: ORIGIN, data: handshake, ports: [port] },
      { source: self, origin: 'https://evil.example', data: handshake, ports: [port] },
      { source: self, origin: 'http://dichvucong.gov.vn', data: handshake, ports: [port] },
      { source: self, origin: ORIGIN, data: handshake, ports: [] },
      { source: self, origin: ORIGIN, data: handshake, ports: [port, other] },
      { source: self, origin: ORIGIN, data: { ...handshake, extra: 1 }, ports: [port] },
      { source: self, origin: ORIGIN, data: { source: NATIONAL_SOURCE }, ports: [port] },
      // The data itself on the window is never accepted any more: a page script can post that.
      { source: self, origin: ORIGIN, data: good, ports: [] },
    ];
    for (const event of events) expect(acceptNationalPort(event, self)).toBeNull();
  });
});
