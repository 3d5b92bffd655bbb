// Portal-shaped Excel exports, written with SheetJS's own writer: the unit tests' fixtures (tests/fixtures/excel,
// made by scripts/make-excel-fixtures.mjs), the browser test's twelve monthly files and the bench's batches.
// Sheets are arrays of rows; `null` leaves a cell empty; merges are "A2:M2" ranges.
import * as XLSX from '@e965/xlsx';

/** A sheet from rows and merged ranges; numbers stay numbers (the reader must use the value, not the shown text). */
export function sheetOf(rows, merges = []) {
  const ws = XLSX.utils.aoa_to_sheet(rows);
  ws['!merges'] = merges.map((m) => XLSX.utils.decode_range(m));
  return ws;
}

/** A workbook as file bytes: bookType 'xlsx' or 'biff8' (.xls). */
export function workbookBytes(sheets, bookType = 'xlsx') {
  const wb = XLSX.utils.book_new();
  for (const [name, ws] of sheets) XLSX.utils.book_append_sheet(wb, ws, name);
  return Buffer.from(XLSX.write(wb, { type: 'buffer', bookType, compression: true })); // zipped, as Excel saves
}

const dmy = (iso) => iso.split('-').reverse().join('/');

/**
 * Biểu 06 with its three header rows (two merged groups, a third row under "Trong đó"), a title, the period line,
 * the column-number row, a group label, one row per field and "Tổng cộng". `fields` = [label, received, online,
 * direct, carried, resolvedEarly, resolvedOnTime, resolvedLate, inWithin, inOverdue] per row.
 */
export function bieu06Sheet({ unitTitle = 'ỦY BAN NHÂN DÂN XÃ BÌNH GIANG', periodLine, rows }) {
  const data = rows.map(([label, received, online, direct, carried, early, onTime, late, within, overdue], i) => [
    i + 1, label, received, online, direct, carried, early + onTime + late, early, onTime, late, within + overdue, within, overdue,
  ]);
  const total = data[0].map((_, c) => (c === 0 ? null : c === 1 ? 'Tổng cộng' : data.reduce((s, r) => s + r[c], 0)));
  const aoa = [
    [unitTitle],
    ['TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC'],
    [periodLine],
    [],
    ['STT', 'Lĩnh vực, công việc giải quyết theo cấp', 'Số hồ sơ nhận giải quyết', null, null, null, 'Số hồ sơ đã giải quyết', null, null, null, 'Số lượng hồ sơ đang giải quyết'],
    [null, null, 'Tổng số', 'Trong đó', null, 'Từ kỳ trước', 'Tổng số', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Tổng số', 'Trong hạn', 'Quá hạn'],
    [null, null, null, 'Trực tuyến', 'Trực tiếp, dịch vụ bưu chính'],
    Array.from({ length: 13 }, (_, i) => `(${i + 1})`),
    ['Lĩnh vực thuộc thẩm quyền giải quyết của cấp xã'],
    ...data,
    total,
  ];
  const merges = ['A2:M2', 'A3:M3', 'A5:A7', 'B5:B7', 'C5:F5', 'G5:J5', 'K5:M5', 'C6:C7', 'D6:E6', 'F6:F7', 'G6:G7', 'H6:H7', 'I6:I7', 'J6:J7', 'K6:K7', 'L6:L7', 'M6:M7', 'A9:M9'];
  return sheetOf(aoa, merges);
}

/** The seed report's month (Tháng 02/2026): 795 received online, 790 resolved (612 early, 178 on time), 5 in progress. */
export const SEED_ROWS = [
  ['Chứng thực', 412, 412, 0, 0, 350, 62, 0, 0, 0],
  ['Hộ tịch', 236, 236, 0, 0, 180, 53, 0, 3, 0],
  ['Đất đai', 147, 147, 0, 0, 82, 63, 0, 2, 0],
];

/** Digitisation by unit, with a two-row header; the period only as "Tháng MM/YYYY" in a title cell. */
export function digitizationSheet({ monthLine, units }) {
  const aoa = [
    ['THEO DÕI MỨC ĐỘ SỐ HÓA CÁC ĐƠN VỊ'],
    [monthLine],
    ['STT', 'Đơn vị', 'Tiếp nhận', 'Số hóa hồ sơ TTHC khi tiếp nhận', null, null, null, 'Đã giải quyết', 'Số hóa kết quả giải quyết'],
    [null, null, null, 'Chưa số hóa TPHS', 'Có số hóa TPHS', 'Có tái sử dụng thành phần', 'Có tái sử dụng thành phần từ cổng DVC quốc gia', null, 'Chưa số hóa', 'Đã số hóa'],
    ...units.map((u, i) => [i + 1, ...u]),
  ];
  return sheetOf(aoa, ['A1:J1', 'A2:J2', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:G3', 'H3:H4', 'I3:J3']);
}

/** A month's Biểu 06 workbook for the browser test and the bench: the numbers move a little from month to month. */
export function monthlyWorkbook({ from, to, shift }) {
  const rows = SEED_ROWS.map(([label, ...n]) => [label, ...n.map((x, i) => (i === 4 || i === 5 ? x + shift : i <= 1 ? x + 2 * shift : x))]);
  return workbookBytes([['Bieu06', bieu06Sheet({ periodLine: `(Từ ngày ${dmy(from)} đến ngày ${dmy(to)})`, rows })]]);
}

/** One sheet of `count` units (a province-wide export): the clerk's unit is the last row. */
export function bigUnitsWorkbook(count) {
  const units = [];
  for (let i = 1; i < count; i++) units.push([`UBND xã Số ${i}`, 100 + (i % 50), 0, 100 + (i % 50), 90, 80, 100, 0, 100]);
  units.push(['UBND xã Bình Giang', 795, 0, 795, 795, 120, 790, 0, 790]);
  return workbookBytes([['SoHoa', digitizationSheet({ monthLine: 'Tháng 02/2026', units })]]);
}
