/**
 * One observed national-index response → one Extraction for the clerk's unit,
 * or a clear Vietnamese reason why nothing is stored. Pure: plain data in,
 * plain data out.
 */
import type { Extraction, PageKind } from '../domain/types';
import { ENDPOINT_LABELS, evaluationEndpoint, OLD_REST_PATH, type EvaluationEndpoint } from './endpoints';
import { emptyCollected, qualityWarnings, type Collected } from './figures';
import type { NationalMessage } from './message';
import { collectMetricRow, metricRows, type MetricEndpoint } from './metric-rows';
import { periodOfRequest } from './period';
import { collectTreeNode, treeRows, type TreeEndpoint } from './tree-rows';
import { findUnitRow, isJson, type Json } from './unit-row';

export type NationalOutcome =
  | { status: 'extracted'; extraction: Extraction }
  | { status: 'refused'; problem: string }
  /** Endpoints with nothing the report uses (transparency, progress): no capture, no notice. */
  | { status: 'ignored' };

export const OLD_PAGE_PROBLEM =
  'Trang Bộ chỉ số 766 phiên bản cũ chỉ công bố điểm theo nhóm chỉ số, không có số hồ sơ hay tỷ lệ của xã: chưa lưu số liệu. ' +
  'Hãy mở trang “Đánh giá chất lượng phục vụ” mới trên Cổng Dịch vụ công quốc gia.';

export const NO_UNIT_PROBLEM =
  'Chưa nhập “Đơn vị báo cáo” trong Cài đặt của tiện ích nên chưa biết lấy số liệu của đơn vị nào; chưa lưu.';

const KIND: Record<MetricEndpoint | TreeEndpoint, PageKind> = {
  'dossier-digitized': 'digitization',
  'handling-satisfaction': 'feedback',
  'provide-online-tree': 'online',
  'formality-online-payment-tree': 'payment',
};

const isMetricEndpoint = (e: EvaluationEndpoint): e is MetricEndpoint =>
  e === 'dossier-digitized' || e === 'handling-satisfaction';
const isTreeEndpoint = (e: EvaluationEndpoint): e is TreeEndpoint =>
  e === 'provide-online-tree' || e === 'formality-online-payment-tree';

function parseJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const refused = (label: string, why: string): NationalOutcome => ({ status: 'refused', problem: `${label}: ${why}` });

export function parseNationalMessage(msg: NationalMessage, unitName: string): NationalOutcome {
  if (msg.endpoint === OLD_REST_PATH) return { status: 'refused', problem: OLD_PAGE_PROBLEM };
  const endpoint = evaluationEndpoint(msg.endpoint);
  if (!endpoint) return { status: 'ignored' };
  if (!isMetricEndpoint(endpoint) && !isTreeEndpoint(endpoint)) return { status: 'ignored' };
  if (!unitName.trim()) return { status: 'refused', problem: NO_UNIT_PROBLEM };
  const label = ENDPOINT_LABELS[endpoint];

  const request = parseJson(msg.request);
  if (!isJson(request)) return refused(label, 'không đọc được yêu cầu của trang nên không rõ kỳ số liệu; chưa lưu.');
  if (request.formalityId || request.formalityID) {
    return refused(label, 'trang đang lọc theo một thủ tục hành chính, số liệu không phải của cả đơn vị; chưa lưu.');
  }
  const period = periodOfRequest(request);
  if (!period) return refused(label, 'không rõ tháng/quý/năm của số liệu; chưa lưu.');

  const envelope = parseJson(msg.response);
  if (!isJson(envelope) || typeof envelope.code !== 'string') return refused(label, UNKNOWN_SHAPE);
  if (envelope.code !== 'OK') {
    const detail = typeof envelope.message === 'string' && envelope.message ? `: ${envelope.message}` : '';
    return refused(label, `Cổng Dịch vụ công quốc gia báo lỗi (${envelope.code}${detail}); chưa lưu.`);
  }
  const rows = isMetricEndpoint(endpoint) ? metricRows(envelope.data) : treeRows(envelope.data);
  if (!rows) return refused(label, UNKNOWN_SHAPE);
  const found = findUnitRow(rows, unitName);
  if ('problem' in found) return refused(label, `${found.problem} Chưa lưu.`);

  const out = emptyCollected();
  const understood = collectRow(endpoint, found.row, found.name, out);
  if (!understood) return refused(label, UNKNOWN_SHAPE);
  if (Object.keys(out.fields).length === 0) {
    // Refusals are shown in the page: they never name the clerk's unit.
    const why = isTreeEndpoint(endpoint) ? 'trang chỉ có điểm của' : 'không có chỉ số nào dùng cho báo cáo của';
    return refused(label, `${why} đơn vị báo cáo, không có số hồ sơ; chưa lưu.`);
  }
  out.warnings.push(...qualityWarnings(found.row, found.name));
  return {
    status: 'extracted',
    extraction: {
      kinds: ['index766', KIND[endpoint]],
      period,
      unit: found.name,
      rowChoice: 'unit',
      ...out,
      periodBasis: 'calendar',
    },
  };
}

const UNKNOWN_SHAPE = 'dạng số liệu trả về khác với dạng đã biết, chưa lưu để tránh ghi sai.';

function collectRow(endpoint: MetricEndpoint | TreeEndpoint, row: Json, name: string, out: Collected): boolean {
  if (isMetricEndpoint(endpoint)) return collectMetricRow(endpoint, row, name, out);
  collectTreeNode(endpoint, row, name, out);
  return true;
}
