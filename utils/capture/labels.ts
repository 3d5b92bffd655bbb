import type { PageKind } from '../domain/types';
import { formatDateVi } from '../domain/period';

export const KIND_LABELS: Record<PageKind, string> = {
  results: 'Kết quả giải quyết hồ sơ',
  online: 'Tiếp nhận trực tuyến',
  digitization: 'Số hóa hồ sơ',
  payment: 'Thanh toán trực tuyến',
  feedback: 'Phản ánh, kiến nghị',
  catalogue: 'Danh mục TTHC',
  index766: 'Bộ chỉ số 766 (Cổng DVC quốc gia)',
};


export function periodRangeVi(period: { from: string; to: string } | null): string {
  return period ? `${formatDateVi(period.from)} – ${formatDateVi(period.to)}` : 'chưa rõ kỳ số liệu';
}
