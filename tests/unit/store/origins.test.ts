import { describe, expect, it } from 'vitest';
import { parseOrigin, scriptIdOf } from '@/utils/domain/origins';

describe('parseOrigin', () => {
  it.each([
    ['motcua.thanhhoa.gov.vn', 'https://motcua.thanhhoa.gov.vn'],
    ['https://motcua.thanhhoa.gov.vn/thong-ke/bieu-06?x=1', 'https://motcua.thanhhoa.gov.vn'],
    ['  http://igate.angiang.gov.vn:8080/  ', 'http://igate.angiang.gov.vn'],
    ['HTTPS://MotCua.TuyenQuang.gov.vn', 'https://motcua.tuyenquang.gov.vn'],
  ])('%s → %s', (input, origin) => {
    expect(parseOrigin(input)).toEqual({ ok: true, origin, pattern: `${origin}/*` });
  });

  it.each([
    ['', { code: 'empty' }],
    ['ftp://files.gov.vn', { code: 'notHttp' }],
    ['localhost', { code: 'notFullDomain', host: 'localhost' }],
    ['https://motcua.haiphong.gov.vn', { code: 'builtIn' }],
    ['https://dichvucong.gov.vn/p/home', { code: 'builtIn' }],
    ['http://[::1', { code: 'notAddress', text: 'http://[::1' }],
  ])('refuses %j', (input, problem) => {
    expect(parseOrigin(input)).toEqual({ ok: false, problem });
  });

  it('gives each origin its own script id', () => {
    expect(scriptIdOf('https://a.gov.vn')).not.toBe(scriptIdOf('http://a.gov.vn'));
  });
});
