import { describe, expect, it } from 'vitest';
import { cleanText, foldDiacritics, foldKey, stripNotes } from '@/utils/extract/normalize';

describe('normalize', () => {
  it('cleans to NFC with collapsed whitespace', () => {
    const decomposed = 'Tổng số'.normalize('NFD');
    expect(cleanText(`  ${decomposed}\n\t\u00a0hồ   sơ `)).toBe('Tổng số hồ sơ'.normalize('NFC'));
    expect(cleanText('a\u200bb')).toBe('a b');
  });

  it('folds diacritics and đ', () => {
    expect(foldDiacritics('ĐÃ GIẢI QUYẾT')).toBe('da giai quyet');
    expect(foldDiacritics('Đúng hạn')).toBe('dung han');
  });

  it('strips parenthesised notes, nested or unclosed', () => {
    expect(stripNotes('Đúng hạn (Bao gồm cả hồ sơ chờ BS)').trim()).toBe('Đúng hạn');
    expect(stripNotes('A (b (c) d) e').replace(/\s+/g, ' ').trim()).toBe('A e');
    expect(stripNotes('Chờ bổ sung(lũy kế cả kì trước').trim()).toBe('Chờ bổ sung');
  });

  it('builds matching keys', () => {
    expect(foldKey('Trực tiếp, dịch vụ bưu chính')).toBe('truc tiep dich vu buu chinh');
    expect(foldKey('Tỷ lệ trực tuyến (%)')).toBe('ty le truc tuyen');
    expect(foldKey('Trả lại/Rút HS')).toBe('tra lai rut hs');
    expect(foldKey('TỔNG CỘNG:')).toBe('tong cong');
  });
});
