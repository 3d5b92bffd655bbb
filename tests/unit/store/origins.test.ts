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
    ['', 'Hãy nhập'],
    ['ftp://files.gov.vn', 'http://'],
    ['localhost', 'tên miền đầy đủ'],
    ['https://motcua.haiphong.gov.vn', 'hỗ trợ sẵn'],
    ['https://dichvucong.gov.vn/p/home', 'hỗ trợ sẵn'],
    ['http://[::1', 'không phải địa chỉ'],
  ])('refuses %j', (input, reason) => {
    const r = parseOrigin(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(reason);
  });

  it('gives each origin its own script id', () => {
    expect(scriptIdOf('https://a.gov.vn')).not.toBe(scriptIdOf('http://a.gov.vn'));
  });
});
