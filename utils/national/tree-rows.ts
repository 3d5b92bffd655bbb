/**
 * Tree endpoints (`data.parent` + `data.children[]`) whose nodes carry counts
 * directly. Their `ratio` is the group's score ratio, not a rate of ours, so
 * it is never read.
 */
import type { CountField } from '../domain/types';
import { INDEX_HEADER, putValue, type Collected } from './figures';
import { isJson, type Json } from './unit-row';

export type TreeEndpoint = 'provide-online-tree' | 'formality-online-payment-tree';

const MAPS: Record<TreeEndpoint, Record<string, CountField>> = {
  'provide-online-tree': {
    channelTotalSum: 'receivedNew',
    channelOnlineSum: 'receivedOnline',
    channelDirectSum: 'receivedDirect',
    channelPostalSum: 'receivedPostal',
  },
  'formality-online-payment-tree': {
    totalDossierOnlinePaymentSuccess: 'paidOnline',
    totalDossierFinancialObligation: 'feeDossiers',
  },
};

export function treeRows(data: unknown): Json[] | null {
  if (!isJson(data) || !Array.isArray(data.children)) return null;
  const rows = [...(isJson(data.parent) ? [data.parent] : []), ...data.children];
  return rows.every(isJson) ? rows : null;
}

/** Reads the unit's node; false when it carries none of the counts (children of a province view carry scores only). */
export function collectTreeNode(endpoint: TreeEndpoint, node: Json, name: string, out: Collected): boolean {
  let any = false;
  for (const [key, field] of Object.entries(MAPS[endpoint])) {
    if (key in node) any = true;
    putValue(out, field, node[key], [INDEX_HEADER, endpoint, key], name);
  }
  const { receivedNew: all, receivedOnline: a, receivedDirect: b, receivedPostal: c } = out.fields;
  if ([all, a, b, c].every((v) => typeof v === 'number') && a! + b! + c! !== all) {
    out.warnings.push(`${name}: trực tuyến + trực tiếp + bưu chính (${a! + b! + c!}) khác tổng số hồ sơ tiếp nhận (${all}).`);
  }
  const { paidOnline: paid, feeDossiers: fee } = out.fields;
  if (typeof paid === 'number' && typeof fee === 'number' && paid > fee) {
    out.warnings.push(`${name}: số hồ sơ thanh toán trực tuyến (${paid}) lớn hơn số hồ sơ có nghĩa vụ tài chính (${fee}).`);
  }
  return any;
}
