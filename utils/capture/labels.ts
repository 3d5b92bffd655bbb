import type { PageKind } from '../types';

export const KIND_LABELS: Record<PageKind, string> = {
  results: 'Kết quả giải quyết hồ sơ',
  online: 'Tiếp nhận trực tuyến',
  digitization: 'Số hóa hồ sơ',
  payment: 'Thanh toán trực tuyến',
  feedback: 'Phản ánh, kiến nghị',
  catalogue: 'Danh mục TTHC',
  index766: 'Bộ chỉ số 766 (Cổng DVC quốc gia)',
};

/** "15/01/2026" from "2026-01-15", by string only (no time zone can move the day). */
export function formatDateVi(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export function periodRangeVi(period: { from: string; to: string } | null): string {
  return period ? `${formatDateVi(period.from)} – ${formatDateVi(period.to)}` : 'chưa rõ kỳ số liệu';
}
