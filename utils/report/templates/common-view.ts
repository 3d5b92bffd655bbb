/** Placeholders every template and narrative text may use: the unit, the city and the period. */
import type { ReportPeriod, Settings } from '../../domain/types';
import { cityWord, unitPlace, unitWord } from '../admin-words';
import { formatDateVi } from '../../domain/period';
import { nextPeriodPhrase, periodPhrase, periodShort } from '../period-words';
import type { View } from './render';

/** Name → what it prints, for the template editor's help. */
export const COMMON_PLACEHOLDERS = {
  don_vi: 'Đơn vị báo cáo, ví dụ “xã Bình Giang”',
  cap_don_vi: 'Cấp của đơn vị: “xã”, “phường”, “đặc khu”',
  ten_don_vi: 'Tên đơn vị không kèm cấp: “Bình Giang”',
  thanh_pho: 'Tỉnh/thành phố: “thành phố Hải Phòng”',
  cap_thanh_pho: '“thành phố” hoặc “tỉnh”',
  ky_bao_cao: 'Kỳ báo cáo: “tháng 02 năm 2026”, “quý I năm 2026”, “6 tháng đầu năm 2026”',
  ky_bao_cao_ngan: 'Kỳ báo cáo viết gọn: “tháng 02/2026”, “quý I/2026”',
  ky_tiep_theo: 'Kỳ sau: “tháng tiếp theo”, “quý tiếp theo”, “năm tiếp theo”',
  tu_ngay: 'Ngày đầu kỳ: “15/01/2026”',
  den_ngay: 'Ngày cuối kỳ (chốt số liệu): “14/02/2026”',
  nam: 'Năm của kỳ báo cáo: “2026”',
} as const;

export type CommonPlaceholder = keyof typeof COMMON_PLACEHOLDERS;

export function commonView(period: ReportPeriod, settings: Pick<Settings, 'unitName' | 'cityName'>): Record<CommonPlaceholder, string> & View {
  return {
    don_vi: settings.unitName,
    cap_don_vi: unitWord(settings.unitName),
    ten_don_vi: unitPlace(settings.unitName),
    thanh_pho: settings.cityName,
    cap_thanh_pho: cityWord(settings.cityName),
    ky_bao_cao: periodPhrase(period),
    ky_bao_cao_ngan: periodShort(period),
    ky_tiep_theo: nextPeriodPhrase(period),
    tu_ngay: formatDateVi(period.from),
    den_ngay: formatDateVi(period.to),
    nam: String(period.year),
  };
}
