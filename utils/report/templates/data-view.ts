/**
 * Placeholders filled from the period's figures and indicators. Each says
 * what it prints and, when its number is missing, which data to ask for;
 * a `co_…` flag opens the optional clauses ({{#co_…}} … {{/co_…}}).
 */
import type { FieldKey, Fields } from '../../domain/types';
import { FIELD_LABELS } from '../../domain/fields';
import { sumOf } from '../figures';
import { formatCount, formatPercent } from '../format';
import type { IndicatorKey } from '../indicators';
import type { ReportContext } from '../context';

export interface Resolved {
  value: string | boolean;
  /** Vietnamese names of the missing data behind a "chưa có số liệu". */
  missing?: string[];
  /** How the value was obtained when that is worth saying. */
  note?: string;
}

interface DataPlaceholder {
  description: string;
  resolve(context: ReportContext): Resolved;
}

/** A printed count (a sum when several fields); the missing parts are named. */
function count(description: string, ...keys: FieldKey[]): DataPlaceholder {
  return {
    description,
    resolve: ({ figures: { values } }) => {
      const n = sumOf(values, keys);
      return { value: formatCount(n), missing: n === null ? keys.filter((k) => values[k] == null).map((k) => FIELD_LABELS[k]) : [] };
    },
  };
}

/** Parts printed as their sum, or the page's one figure for them together when the parts are not known. */
function partsOrWhole(description: string, whole: FieldKey, ...parts: FieldKey[]): DataPlaceholder {
  const ofParts = count(description, ...parts);
  return {
    description,
    resolve: (context) => {
      const n = context.figures.values[whole];
      const byParts = ofParts.resolve(context);
      return byParts.missing?.length && n != null ? { value: formatCount(n) } : byParts;
    },
  };
}

/** True when the count is above zero: absent or 0 leaves the clause out, so the sentence reads as the seed. */
function positive(description: string, key: FieldKey): DataPlaceholder {
  return { description, resolve: ({ figures: { values } }) => ({ value: (values[key] ?? 0) > 0 }) };
}

/** True unless the count is known to be 0 (a missing count prints "chưa có số liệu" rather than "không phát sinh"). */
function notZero(description: string, key: FieldKey): DataPlaceholder {
  return { description, resolve: ({ figures: { values } }) => ({ value: values[key] !== 0 }) };
}

function rate(description: string, key: IndicatorKey): DataPlaceholder {
  return {
    description,
    resolve: ({ indicators }) => {
      const indicator = indicators[key];
      return { value: indicator.text, missing: indicator.status === 'missing' ? [indicator.label] : [] };
    },
  };
}

function target(description: string, key: IndicatorKey): DataPlaceholder {
  // The indicator's own target: the one the city set for the period's year.
  return { description, resolve: ({ indicators }) => ({ value: formatPercent(indicators[key].target) }) };
}

/**
 * Dossiers handled with reduced time limits. When the system gives no such
 * count, the seed's practice is used: every commune-level dossier received is
 * handled within the city's reduced time limits, so the received count stands
 * in, and the popup says so.
 */
const reducedOrReceived = (values: Fields): number | null | undefined => values.reducedTime ?? values.receivedNew;

const reducedTime: DataPlaceholder = {
  description: 'Số hồ sơ được cắt giảm thời gian giải quyết (không có thì lấy số hồ sơ tiếp nhận)',
  resolve: ({ figures: { values } }) => {
    if (values.reducedTime != null) return { value: formatCount(values.reducedTime) };
    if (values.receivedNew != null) {
      return { value: formatCount(values.receivedNew), note: 'Mục 2.2: chưa có số hồ sơ được cắt giảm thời gian, dùng số hồ sơ tiếp nhận trong kỳ.' };
    }
    return { value: formatCount(null), missing: [FIELD_LABELS.reducedTime] };
  },
};

export const DATA_PLACEHOLDERS = {
  so_ho_so_cat_giam: reducedTime,
  co_ho_so_cat_giam: {
    description: 'Có hồ sơ được cắt giảm thời gian (đúng trừ khi bằng 0)',
    resolve: ({ figures: { values } }: ReportContext): Resolved => ({ value: reducedOrReceived(values) !== 0 }),
  },
  so_tthc_tong: count('Tổng số TTHC thuộc thẩm quyền của tỉnh/thành phố', 'tthcTotal'),
  so_tthc_cap_tinh: count('Số TTHC cấp tỉnh', 'tthcProvincial'),
  so_tthc_cap_xa: count('Số TTHC cấp xã', 'tthcCommune'),
  so_tthc_mot_phan: count('Số TTHC cấp xã một phần', 'tthcPartial'),
  so_tthc_toan_trinh: count('Số TTHC cấp xã toàn trình', 'tthcFull'),
  co_phan_loai: {
    description: 'Có số TTHC một phần hoặc toàn trình',
    resolve: ({ figures: { values } }: ReportContext): Resolved => ({ value: values.tthcPartial != null || values.tthcFull != null }),
  },
  so_tiep_nhan: count('Số hồ sơ mới tiếp nhận trong kỳ', 'receivedNew'),
  so_tiep_nhan_truc_tuyen: count('Số hồ sơ tiếp nhận trực tuyến', 'receivedOnline'),
  co_ty_le_truc_tuyen: {
    description: 'Có tỷ lệ tiếp nhận trực tuyến (sai khi không tiếp nhận hồ sơ nào)',
    resolve: ({ indicators }: ReportContext): Resolved => ({ value: indicators.online.status !== 'notArisen' }),
  },
  co_ky_truoc_chuyen_sang: positive('Có hồ sơ kỳ trước chuyển sang', 'carriedOver'),
  so_ky_truoc_chuyen_sang: count('Số hồ sơ kỳ trước chuyển sang', 'carriedOver'),
  so_da_giai_quyet: count('Số hồ sơ đã giải quyết', 'resolvedTotal'),
  so_giai_quyet_dung_han: partsOrWhole('Số hồ sơ giải quyết trước hạn và đúng hạn', 'resolvedEarlyOrOnTime', 'resolvedEarly', 'resolvedOnTime'),
  co_giai_quyet_qua_han: positive('Có hồ sơ giải quyết quá hạn', 'resolvedLate'),
  so_giai_quyet_qua_han: count('Số hồ sơ giải quyết quá hạn', 'resolvedLate'),
  so_dang_giai_quyet: count('Số hồ sơ đang giải quyết', 'inProgressTotal'),
  co_dang_giai_quyet_qua_han: positive('Có hồ sơ đang giải quyết quá hạn', 'inProgressOverdue'),
  so_dang_giai_quyet_qua_han: count('Số hồ sơ đang giải quyết quá hạn', 'inProgressOverdue'),
  ty_le_truc_tuyen: rate('Tỷ lệ nộp hồ sơ trực tuyến', 'online'),
  ty_le_dung_han: rate('Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn', 'onTime'),
  ty_le_so_hoa: rate('Tỷ lệ số hóa hồ sơ, kết quả giải quyết', 'digitized'),
  ty_le_tai_su_dung: rate('Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa', 'reused'),
  ty_le_hai_long_pakn: rate('Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị', 'paknSatisfied'),
  ty_le_thanh_toan: rate('Tỷ lệ hồ sơ thanh toán trực tuyến', 'payment'),
  chi_tieu_truc_tuyen: target('Chỉ tiêu tỷ lệ nộp hồ sơ trực tuyến', 'online'),
  chi_tieu_dung_han: target('Chỉ tiêu tỷ lệ giải quyết trước hạn, đúng hạn', 'onTime'),
  chi_tieu_so_hoa: target('Chỉ tiêu tỷ lệ số hóa', 'digitized'),
  chi_tieu_tai_su_dung: target('Chỉ tiêu tỷ lệ tái sử dụng dữ liệu số hóa', 'reused'),
  chi_tieu_hai_long_pakn: target('Chỉ tiêu tỷ lệ hài lòng phản ánh, kiến nghị', 'paknSatisfied'),
  chi_tieu_thanh_toan: target('Chỉ tiêu tỷ lệ thanh toán trực tuyến', 'payment'),
  so_pakn: count('Số phản ánh, kiến nghị tiếp nhận trong kỳ', 'paknReceived'),
  co_pakn: notZero('Có phản ánh, kiến nghị (sai khi bằng 0)', 'paknReceived'),
} satisfies Record<string, DataPlaceholder>;

export type DataPlaceholderName = keyof typeof DATA_PLACEHOLDERS;
