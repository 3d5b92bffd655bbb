import type { PageKind } from '../domain/types';
import { formatDateVi } from '../domain/period';

/** Vietnamese names of the page kinds: the popup's Vietnamese strings (components/strings/vi.ts) and the page notice use them. */
export const KIND_LABELS: Record<PageKind, string> = {
  results: 'Kết quả giải quyết hồ sơ',
  online: 'Tiếp nhận trực tuyến',
  digitization: 'Số hóa hồ sơ',
  payment: 'Thanh toán trực tuyến',
  feedback: 'Phản ánh, kiến nghị',
  catalogue: 'Danh mục TTHC',
  index766: 'Bộ chỉ số 766 (Cổng DVC quốc gia)',
};

/** "15/01/2026 – 14/02/2026"; null when the period is not known (the caller names that in its language). */
export function periodRange(period: { from: string; to: string } | null): string | null {
  return period ? `${formatDateVi(period.from)} – ${formatDateVi(period.to)}` : null;
}

/** For the page notice, which is Vietnamese. */
export function periodRangeVi(period: { from: string; to: string } | null): string {
  return periodRange(period) ?? 'chưa rõ kỳ số liệu';
}
