/** How the report's sentences name a reporting period. */
import type { PeriodKind, ReportPeriod } from '../domain/types';

const lowerFirst = (text: string): string => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

/** "tháng 02/2026", "quý I/2026", "6 tháng đầu năm 2026", "9 tháng năm 2026", "năm 2026". */
export function periodShort(period: ReportPeriod): string {
  return lowerFirst(period.label);
}

/** "tháng 02 năm 2026", "quý I năm 2026"; longer periods as periodShort. */
export function periodPhrase(period: ReportPeriod): string {
  const short = periodShort(period);
  return period.kind === 'month' || period.kind === 'quarter' ? short.replace('/', ' năm ') : short;
}

const NEXT: Record<PeriodKind, string> = {
  month: 'tháng tiếp theo',
  quarter: 'quý tiếp theo',
  half: '6 tháng cuối năm',
  nine: 'quý tiếp theo',
  year: 'năm tiếp theo',
};

/** For "III. NHIỆM VỤ CỦA THÁNG TIẾP THEO". */
export function nextPeriodPhrase(period: ReportPeriod): string {
  return NEXT[period.kind];
}
