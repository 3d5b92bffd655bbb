import { describe, expect, it } from 'vitest';
import { blocksToText } from '@/utils/report/clipboard';
import { SECTIONS } from '@/utils/report/sections';
import { section32 } from '@/utils/report/sections/section32';
import type { Fields } from '@/utils/domain/types';
import seedSection32 from './fixtures/seed-section32.txt?raw';
import { contextOf, SEED_FIELDS, SEED_SETTINGS } from './helpers';

const textOf = (values: Fields, settings = SEED_SETTINGS) => blocksToText(section32.build(contextOf(values, settings)).blocks);
/** The main paragraph (counts sentence). */
const mainOf = (values: Fields) => {
  const block = section32.build(contextOf(values)).blocks[2];
  return block?.kind === 'para' ? block.text : undefined;
};

describe('section 3.2', () => {
  it('reproduces the seed report byte for byte', () => {
    expect(textOf(SEED_FIELDS)).toBe(seedSection32.replace(/\n$/, ''));
    expect(section32.build(contextOf(SEED_FIELDS)).missing).toEqual([]);
  });

  it('is registered', () => {
    expect(SECTIONS.map((s) => s.id)).toContain('3.2');
  });

  it('reads the same when carry-over, late and overdue are zero', () => {
    const zeros = { ...SEED_FIELDS, carriedOver: 0, resolvedLate: 0, inProgressOverdue: 0 };
    expect(textOf(zeros)).toBe(textOf(SEED_FIELDS));
  });

  it('says when dossiers were carried over, resolved late or are overdue', () => {
    const text = mainOf({ ...SEED_FIELDS, carriedOver: 12, resolvedEarly: 609, resolvedLate: 3, inProgressOverdue: 2 });
    expect(text).toBe(
      'Tổng số hồ sơ trên địa bàn xã đã tiếp nhận là 795 hồ sơ (trong đó, tiếp nhận trực tuyến 795 hồ sơ, đạt tỷ lệ 100%); ' +
        'kỳ trước chuyển sang 12 hồ sơ. Số lượng hồ sơ đã giải quyết: 790 hồ sơ, trong đó, giải quyết trước, đúng hạn 787 hồ sơ, ' +
        'giải quyết quá hạn 03 hồ sơ, hồ sơ đang giải quyết 05 hồ sơ (trong đó, quá hạn 02 hồ sơ).',
    );
  });

  it('groups large counts and prints the exact online rate', () => {
    const text = mainOf({ ...SEED_FIELDS, receivedNew: 1180, receivedOnline: 1093 });
    expect(text).toContain('đã tiếp nhận là 1.180 hồ sơ (trong đó, tiếp nhận trực tuyến 1.093 hồ sơ, đạt tỷ lệ 92,63%)');
  });

  it('drops the online rate when nothing was received', () => {
    expect(mainOf({ ...SEED_FIELDS, receivedNew: 0, receivedOnline: 0 })).toContain('(trong đó, tiếp nhận trực tuyến 0 hồ sơ).');
  });

  it('prints a page\'s one figure for early and on time together as the dossiers resolved by their due date', () => {
    const text = textOf({ ...SEED_FIELDS, resolvedEarly: undefined, resolvedOnTime: undefined, resolvedEarlyOrOnTime: 790 });
    expect(text).toContain('Số lượng hồ sơ đã giải quyết: 790 hồ sơ, trong đó, giải quyết trước, đúng hạn 790 hồ sơ');
    expect(text).toContain('- Tỷ lệ hồ sơ đã giải quyết trước hạn, đúng hạn: 100% (chỉ tiêu giao tối thiểu đạt 60%).');
  });

  it('prints "chưa có số liệu" for missing numbers and lists what is missing', () => {
    const { blocks, missing } = section32.build(contextOf({ receivedOnline: 700, resolvedTotal: 790, resolvedOnTime: 178, inProgressTotal: 5 }));
    const text = blocksToText(blocks);
    expect(text).not.toMatch(/NaN|undefined|null/);
    expect(text).toContain('đã tiếp nhận là chưa có số liệu hồ sơ');
    expect(text).toContain('giải quyết trước, đúng hạn chưa có số liệu hồ sơ');
    expect(text).toContain(
      '- Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa: chưa có số liệu (chỉ tiêu giao tối thiểu đạt 50%)\n',
    );
    expect(missing).toEqual(
      expect.arrayContaining([
        'Số hồ sơ mới tiếp nhận trong kỳ',
        'Số hồ sơ giải quyết trước hạn',
        'Tỷ lệ nộp hồ sơ trực tuyến',
        'Tỷ lệ hồ sơ đã giải quyết trước hạn, đúng hạn',
        'Tỷ lệ hồ sơ thanh toán trực tuyến',
      ]),
    );
    expect(missing).not.toContain('Số hồ sơ đã giải quyết');
    expect(new Set(missing).size).toBe(missing.length);
  });

  it('says "không phát sinh" for PAKN when none arose, without a rate', () => {
    expect(textOf({ ...SEED_FIELDS, paknReceived: 0 })).toContain(
      '- Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị trên hệ thống của thành phố Hải Phòng: không phát sinh (chỉ tiêu giao tối thiểu đạt 95%)',
    );
  });

  it('uses the targets from settings', () => {
    const settings = { ...SEED_SETTINGS, targets: { ...SEED_SETTINGS.targets, online: 75.5 } };
    expect(textOf(SEED_FIELDS, settings)).toContain('(chỉ tiêu thành phố giao tối thiểu đạt 75,5%).');
  });

  it.each([
    ['phường Lê Chân', 'thành phố Hải Phòng', 'trên địa bàn phường đã', 'của thành phố:'],
    ['đặc khu Cát Hải', 'thành phố Hải Phòng', 'trên địa bàn đặc khu đã', 'của thành phố:'],
    ['UBND Xã Bình Giang', 'thành phố Hải Phòng', 'trên địa bàn xã đã', 'của thành phố:'],
    ['xã Quảng Phú', 'tỉnh Thanh Hóa', 'trên địa bàn xã đã', 'Hệ thống giải quyết TTHC của tỉnh:'],
  ])('words for %s, %s', (unitName, cityName, unitPhrase, cityPhrase) => {
    const text = textOf(SEED_FIELDS, { ...SEED_SETTINGS, unitName, cityName });
    expect(text).toContain(unitPhrase);
    expect(text).toContain(cityPhrase);
    expect(text).toContain(`Theo ghi nhận tại Hệ thống giải quyết TTHC của ${cityName} và`);
  });

  it('says "chỉ tiêu tỉnh giao" in a province', () => {
    expect(textOf(SEED_FIELDS, { ...SEED_SETTINGS, cityName: 'tỉnh Thanh Hóa' })).toContain('(chỉ tiêu tỉnh giao tối thiểu đạt 60%).');
  });
});
