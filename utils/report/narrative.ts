/**
 * The clerk's own text of the report (I.1, 2.1, the basis of 2.2, 3.1 a),
 * 3.3, II, III, the closing sentence, "Nơi nhận"). Texts are template
 * sources: they may hold the common placeholders ({{don_vi}},
 * {{ky_bao_cao}}, …, templates/common-view.ts), so that a text written for
 * February reads right in March. Defaults are the seed report's words with
 * the unit, city and period made placeholders and the commune's own
 * document numbers left as "…" for the clerk to fill in.
 */
import { NARRATIVE_KEYS, type Narrative, type ReportPeriod, type SavedNarrative } from '../domain/types';
import { periodPhrase, periodShort } from './period-words';
import { DEFAULT_CUTOFF_DAY, formatDateVi, periodById } from '../domain/period';

export const NARRATIVE_TITLES: Readonly<Record<keyof Narrative, string>> = {
  requestDoc: 'Văn bản yêu cầu báo cáo (căn cứ của kỳ)',
  directionDocs: 'Văn bản chỉ đạo, điều hành ban hành trong kỳ',
  reformPlan: 'Kế hoạch cải cách hành chính năm của đơn vị',
  basis: 'Căn cứ báo cáo (đoạn mở đầu)',
  direction: 'I.1. Công tác chỉ đạo, điều hành',
  impactAssessment: 'I.2.1. Đánh giá tác động và thẩm định TTHC',
  reductionBasis: 'I.2.2. Căn cứ cắt giảm thời gian giải quyết (câu mở đầu)',
  publicUpdates: 'I.3.1 a) Cập nhật công khai TTHC',
  systems: 'I.3.3. Kết nối các hệ thống thông tin',
  assessment: 'II. Đánh giá chung',
  nextTasks: 'III. Nhiệm vụ kỳ tiếp theo',
  closing: 'Câu kết',
  recipients: 'Nơi nhận',
};

export const DEFAULT_NARRATIVE: Readonly<Narrative> = {
  requestDoc: 'Công văn số …/UBND-TTPVHCC ngày … của UBND {{cap_thanh_pho}}',
  directionDocs: 'Kế hoạch số …/KH-UBND ngày … về …',
  reformPlan: 'Kế hoạch số …/KH-UBND ngày …',
  basis:
    'Thực hiện {{van_ban_yeu_cau}} về việc báo cáo cải cách TTHC hàng tháng. ' +
    'UBND {{don_vi}} báo cáo tình hình, kết quả cải cách TTHC thực hiện {{ky_bao_cao}} như sau:',
  direction:
    'Trong kỳ báo cáo, UBND {{don_vi}} đã ban hành các văn bản chỉ đạo, điều hành, cụ thể như sau: {{van_ban_chi_dao}}; ' +
    'theo đó các nhiệm vụ liên quan đến Cải cách thủ tục hành chính trên địa bàn {{cap_don_vi}} đã được cụ thể trong các kế hoạch trên ' +
    'để các đơn vị có liên quan triển khai thực hiện.',
  impactAssessment:
    'Thực hiện các văn bản của {{cap_thanh_pho}}, UBND {{cap_don_vi}} đã chỉ đạo Văn phòng HĐND&UBND; Phòng VH-XH, Phòng Kinh tế ' +
    '{{cap_don_vi}}...nghiên cứu, tham mưu cho UBND {{cap_don_vi}} tham gia ý kiến vào các văn bản dự thảo văn bản quy phạm pháp luật ' +
    'có quy định TTHC của UBND {{thanh_pho}}.',
  reductionBasis:
    'Thực hiện Quyết định số 5256/QĐ-UBND ngày 26/12/2025 của Ủy ban nhân dân {{cap_thanh_pho}} ban hành Kế hoạch cải cách hành chính ' +
    'nhà nước năm 2026 và {{ke_hoach_cchc}} của UBND {{cap_don_vi}} ban hành Kế hoạch cải cách hành chính Nhà nước trên địa bàn ' +
    '{{don_vi}} năm {{nam}} và các văn bản chỉ đạo của {{cap_thanh_pho}}, UBND {{cap_don_vi}} đã thực hiện cắt giảm thời gian giải quyết ' +
    'TTHC liên quan đến người dân, doanh nghiệp trên địa bàn {{cap_don_vi}}.',
  publicUpdates:
    'UBND {{cap_don_vi}} đã chỉ đạo các Phòng chuyên môn, các đơn vị ngành dọc phối hợp Trung tâm PVHCC {{cap_don_vi}} công khai, ' +
    'cập nhật, bổ sung các TTHC mới mà UBND {{thanh_pho}} công bố.',
  systems: `Về kết nối thực hiện giải quyết TTHC giữa Hệ thống thông tin giải quyết TTHC cấp bộ, cấp {{cap_thanh_pho}}. UBND {{cap_don_vi}} đã triển khai thực hiện, kết nối và phân quyền cho cán bộ, chuyên viên để thực hiện giải quyết TTHC theo chỉ đạo của {{cap_thanh_pho}} và của các Bộ.

UBND {{cap_don_vi}} đã triển khai thực hiện giải quyết TTHC trên Hệ thống thông tin giải quyết TTHC {{cap_thanh_pho}}; Hệ thống thông tin giải quyết TTHC của Bộ Y tế, Hệ thống thông tin giải quyết TTHC của Bộ Tư pháp, Hệ thống thông tin giải quyết TTHC của Bộ Giáo dục và Đào tạo, Hệ thống thông tin giải quyết TTHC của Bộ Xây dựng, Hệ thống thông tin giải quyết TTHC của Bộ Tài chính, Hệ thống thông tin giải quyết TTHC của Bộ Dân tộc và Tôn giáo, Hệ thống thông tin giải quyết TTHC của Bộ Nội vụ, Hệ thống thông tin giải quyết TTHC của Bộ Nông nghiệp và Môi trường, Hệ thống thông tin giải quyết TTHC của Bộ Công Thương, Hệ thống thông tin giải quyết TTHC của Bộ Văn hóa, Thể thao và Du lịch.`,
  assessment:
    'Trong kỳ báo cáo, UBND {{cap_don_vi}} tiếp tục bám sát vào Kế hoạch, Công văn chỉ đạo của UBND {{cap_thanh_pho}} để chỉ đạo kịp thời ' +
    'nhiệm vụ để đảm bảo tiến độ được giao, trong đó chú trọng nhiệm vụ, chỉ tiêu, mục tiêu và xác định rõ cơ quan chủ trì, phối hợp, ' +
    'thời hạn hoàn thành và dự kiến sản phẩm hoàn thành. Trên cơ sở tổng hợp nội dung báo cáo hàng ngày báo cáo Văn phòng Ủy ban nhân dân ' +
    '{{cap_thanh_pho}}, kịp thời tháo gỡ khó khăn, vướng mắc liên quan TTHC với mục tiêu phục vụ người dân, doanh nghiệp nhanh nhất, ' +
    'thuận lợi nhất.',
  nextTasks: `1. Xây dựng các Kế hoạch triển khai thực hiện các nhiệm vụ Kế hoạch rà soát, đánh giá TTHC năm {{nam}} và Kế hoạch triển khai thực hiện chính quyền điện tử trên địa bàn {{don_vi}} năm {{nam}} và các nhiệm vụ cải cách thủ tục hành chính trọng tâm năm {{nam}} theo hướng dẫn của UBND {{thanh_pho}}.

2. Tiếp tục đẩy mạnh việc triển khai thực hiện tiếp nhận và trả kết quả TTHC trên hệ thống giải quyết TTHC của các Bộ, tiếp nhận và trả kết quả TTHC không phụ thuộc địa giới hành chính nhằm tạo điều kiện thuận lợi tối đa cho người dân và doanh nghiệp trong quá trình giải quyết TTHC trên địa bàn {{cap_don_vi}}, {{cap_thanh_pho}}.`,
  closing:
    'Trên đây là Báo cáo tình hình, kết quả cải cách TTHC {{ky_bao_cao_ngan}} trên địa bàn {{cap_don_vi}}, UBND {{cap_don_vi}} báo cáo ' +
    'Văn phòng UBND {{cap_thanh_pho}} tổng hợp tham mưu báo cáo theo quy định./.',
  recipients: `- Văn phòng UBND Tp;
- CT, các PCT UBND {{cap_don_vi}};
- Các phòng chuyên môn {{cap_don_vi}};
- Trung tâm PVHCC {{cap_don_vi}};
- Lưu: VT, TTPVHCC.`,
};

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * The old period's own words in a saved text become placeholders again, so
 * they follow the new period: "tháng 02 năm 2026" → {{ky_bao_cao}},
 * "tháng 02/2026" → {{ky_bao_cao_ngan}}, "từ ngày 15/01/2026 đến ngày
 * 14/02/2026" → the new dates. Other dates (of plans, decisions) stay.
 */
function unpinPeriod(text: string, old: ReportPeriod): string {
  const range = new RegExp(`(ngày )${escapeRegExp(formatDateVi(old.from))}( đến ngày )${escapeRegExp(formatDateVi(old.to))}`, 'g');
  return text
    .replace(range, '$1{{tu_ngay}}$2{{den_ngay}}')
    .replaceAll(periodPhrase(old), '{{ky_bao_cao}}')
    .replaceAll(periodShort(old), '{{ky_bao_cao_ngan}}');
}

/**
 * The narrative to start from for `period`: the saved one for this very
 * period as saved; another period's, with that period's words unpinned;
 * defaults for any part not saved (or with nothing saved).
 */
export function carryForwardNarrative(
  saved: SavedNarrative | undefined,
  period: ReportPeriod,
  cutoffDay = DEFAULT_CUTOFF_DAY,
): Narrative {
  const narrative: Narrative = { ...DEFAULT_NARRATIVE };
  if (!saved) return narrative;
  const old = saved.periodId === period.id ? null : periodById(saved.periodId, cutoffDay);
  for (const key of NARRATIVE_KEYS) {
    const text = saved.texts[key];
    if (text === undefined) continue;
    narrative[key] = old ? unpinPeriod(text, old) : text;
  }
  return narrative;
}

/**
 * Which saved narrative to carry into `period`: the latest one that ended
 * before it starts, of the same kind when there is one (a quarter carries the
 * previous quarter's text, not the last month's); otherwise the latest of any
 * kind, the longer one when two end on the same day.
 */
export function previousNarrative(
  saved: readonly SavedNarrative[],
  period: ReportPeriod,
  cutoffDay = DEFAULT_CUTOFF_DAY,
): SavedNarrative | undefined {
  const earlier = saved
    .map((s) => ({ s, p: periodById(s.periodId, cutoffDay) }))
    .filter((x): x is { s: SavedNarrative; p: ReportPeriod } => x.p !== null && x.p.to < period.from)
    .sort((a, b) => b.p.to.localeCompare(a.p.to) || a.p.from.localeCompare(b.p.from));
  return (earlier.find((x) => x.p.kind === period.kind) ?? earlier[0])?.s;
}

/** The clerk's text for `period`: saved for it, else carried forward from the previous one, else defaults. */
export function narrativeForPeriod(
  saved: readonly SavedNarrative[],
  period: ReportPeriod,
  cutoffDay = DEFAULT_CUTOFF_DAY,
): Narrative {
  const own = saved.find((s) => s.periodId === period.id);
  return carryForwardNarrative(own ?? previousNarrative(saved, period, cutoffDay), period, cutoffDay);
}

/** The period the clerk's text for `period` is carried from (none saved for it), or undefined (its own, or the defaults). */
export function carriedFrom(saved: readonly SavedNarrative[], period: ReportPeriod, cutoffDay = DEFAULT_CUTOFF_DAY): ReportPeriod | undefined {
  if (saved.some((s) => s.periodId === period.id)) return undefined;
  const previous = previousNarrative(saved, period, cutoffDay);
  return previous ? (periodById(previous.periodId, cutoffDay) ?? undefined) : undefined;
}
