/**
 * The national portal's "Đánh giá chất lượng phục vụ" (Bộ chỉ số 766) pages and
 * the JSON endpoints they call themselves (portals.md §1.2). Shared by the
 * main-world observer and the isolated bridge, so keep it dependency-free.
 */

export const NATIONAL_MATCHES = [
  'https://dichvucong.gov.vn/danh-gia-chat-luong-phuc-vu*',
  'https://dichvucong.gov.vn/p/home/dvc-index-*',
];

export const EVALUATION_PREFIX = '/api/v1/reporting/evaluation/';

export const EVALUATION_ENDPOINTS = [
  'transparency',
  'handling-satisfaction',
  'dossier-digitized',
  'dvc-progress-tree',
  'provide-online-tree',
  'formality-online-payment-tree',
] as const;

export type EvaluationEndpoint = (typeof EVALUATION_ENDPOINTS)[number];

/** The older page (2025 and earlier) posts a form field `params` to this path. */
export const OLD_REST_PATH = '/jsp/rest.jsp';
export const OLD_REST_SERVICE = 'report_tinh_766_service';

/** Group names as the page shows them, for the clerk's notices. */
export const ENDPOINT_LABELS: Record<EvaluationEndpoint, string> = {
  transparency: 'Công khai, minh bạch',
  'handling-satisfaction': 'Mức độ hài lòng',
  'dossier-digitized': 'Số hóa hồ sơ',
  'dvc-progress-tree': 'Tiến độ giải quyết',
  'provide-online-tree': 'Dịch vụ công trực tuyến',
  'formality-online-payment-tree': 'Thanh toán trực tuyến',
};

/** The evaluation endpoint a path names ("/api/v1/reporting/evaluation/dossier-digitized"), or null. */
export function evaluationEndpoint(pathname: string): EvaluationEndpoint | null {
  if (!pathname.startsWith(EVALUATION_PREFIX)) return null;
  const name = pathname.slice(EVALUATION_PREFIX.length).replace(/\/$/, '');
  return (EVALUATION_ENDPOINTS as readonly string[]).includes(name) ? (name as EvaluationEndpoint) : null;
}

/**
 * Whether a same-origin request is one we read: an evaluation endpoint, or the
 * old rest.jsp only when it asks for the 766 service (rest.jsp serves other,
 * possibly personal, data too).
 */
export function isObservedRequest(pathname: string, body: string | null): boolean {
  if (evaluationEndpoint(pathname)) return true;
  return pathname === OLD_REST_PATH && body !== null && body.includes(OLD_REST_SERVICE);
}
