/**
 * Finds the clerk's own unit among the departments of a response (the
 * overview/parent row and the evaluation/children rows), with the same
 * tolerant name match as page tables ("UBND xã Bình Giang - Thành phố Hải Phòng"
 * = "xã Bình Giang").
 */
import { sameUnit, unitKey } from '../extract/rows';

export type Json = Record<string, unknown>;

export const isJson = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

/** `problem` is shown in the page's notice: it never names the clerk's unit (the page must not learn it). */
export type UnitRowResult = { row: Json; name: string } | { problem: string };

export function findUnitRow(rows: readonly Json[], unitName: string): UnitRowResult {
  const wanted = unitKey(unitName);
  const matches = new Map<string, Json>();
  for (const row of rows) {
    if (typeof row.departmentName !== 'string' || !sameUnit(wanted, unitKey(row.departmentName))) continue;
    const id = typeof row.departmentId === 'string' ? row.departmentId : `#${matches.size}`;
    matches.set(id, row); // the same unit as parent and as child counts once
  }
  if (matches.size === 0) {
    return {
      problem: `Không thấy đơn vị báo cáo (trong Cài đặt) trong ${rows.length} đơn vị của số liệu trả về. Hãy chọn đúng tỉnh/thành phố trên trang.`,
    };
  }
  if (matches.size > 1) {
    return { problem: `Có ${matches.size} đơn vị trùng tên với đơn vị báo cáo (trong Cài đặt), không biết chọn đơn vị nào.` };
  }
  const row = [...matches.values()][0]!;
  return { row, name: String(row.departmentName) };
}
