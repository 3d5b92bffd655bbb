// Writes tests/fixtures/excel/: portal-shaped exports made with SheetJS's writer (and one HTML table saved as .xls,
// as many portals do). Run `node scripts/make-excel-fixtures.mjs` after changing it; the files are committed.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PEOPLE } from '../tests/fixtures/trust/people.mjs';
import { SEED_ROWS, bieu06Sheet, digitizationSheet, sheetOf, workbookBytes } from './lib/excel-fixtures.mjs';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../tests/fixtures/excel');
fs.mkdirSync(DIR, { recursive: true });
const write = (name, bytes) => fs.writeFileSync(path.join(DIR, name), bytes);

// .xlsx: Biểu 06 (three merged header rows, period line in a merged title) and digitisation by unit (two header
// rows, "Tháng 02/2026" alone in a title cell; the clerk's unit has 1204 dossiers, a number a "1.204" text would blur).
write(
  'Bieu06_T02.xlsx',
  workbookBytes([
    ['Bieu06', bieu06Sheet({ periodLine: '(Từ ngày 15/01/2026 đến ngày 14/02/2026)', rows: SEED_ROWS })],
    [
      'SoHoa',
      digitizationSheet({
        monthLine: 'Tháng 02/2026',
        units: [
          ['UBND xã Thanh Hà', 795, 0, 795, 795, 120, 790, 0, 790],
          ['UBND xã Bình Giang', 1204, 4, 1200, 1100, 300, 1190, 2, 1188],
        ],
      }),
    ],
  ]),
);

// .xls (BIFF8): quarter in the title, results by unit, and a dossier list with citizens (personal columns never read).
const people = PEOPLE.slice(0, 4);
write(
  'ThongKe_QuyI_2025.xls',
  workbookBytes(
    [
      [
        'TongHop',
        sheetOf(
          [
            ['BÁO CÁO KẾT QUẢ GIẢI QUYẾT TTHC - Quý I/2025'],
            ['STT', 'Đơn vị', 'Số hồ sơ nhận giải quyết', null, 'Số hồ sơ đã giải quyết', null, null, null],
            [null, null, 'Tổng số', 'Trực tuyến', 'Tổng số', 'Trước hạn', 'Đúng hạn', 'Quá hạn'],
            [1, 'UBND xã Bình Giang', 2310, 2250, 2290, 1800, 480, 10],
            [2, 'UBND xã An Lão', 1500, 1400, 1480, 1000, 470, 10],
          ],
          ['A1:H1', 'A2:A3', 'B2:B3', 'C2:D2', 'E2:H2'],
        ),
      ],
      [
        'DanhSach',
        sheetOf([
          ['SỔ THEO DÕI HỒ SƠ - Từ ngày 15/12/2024 đến ngày 14/03/2025'],
          ['STT', 'Họ tên', 'Số định danh cá nhân', 'Số điện thoại', 'Địa chỉ', 'Số hồ sơ tiếp nhận', 'Số hồ sơ đã giải quyết', 'Số hồ sơ đang giải quyết'],
          ...people.map((p, i) => [i + 1, p.name, p.id, p.phone, p.address, 2, 1, 1]),
          [null, 'Tổng cộng', null, null, null, 8, 4, 4],
        ]),
      ],
    ],
    'biff8',
  ),
);

// HTML saved as .xls ("Xuất Excel" of many portals): vi-VN thousands ("1.234") and a date range in the caption.
write(
  'BaoCao06_T01.xls',
  `<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<table border="1">
<tr><td colspan="8"><b>BÁO CÁO TÌNH HÌNH GIẢI QUYẾT TTHC</b></td></tr>
<tr><td colspan="8">Đơn vị: UBND xã Bình Giang - Thành phố Hải Phòng</td></tr>
<tr><td colspan="8">Từ ngày: 15/12/2025 - Đến ngày: 14/01/2026</td></tr>
<tr><td rowspan="2">STT</td><td rowspan="2">Lĩnh vực</td><td colspan="2">Số hồ sơ nhận giải quyết</td><td colspan="4">Số hồ sơ đã giải quyết</td></tr>
<tr><td>Tổng số</td><td>Trực tuyến</td><td>Tổng số</td><td>Trước hạn</td><td>Đúng hạn</td><td>Quá hạn</td></tr>
<tr><td>1</td><td>Chứng thực</td><td>1.020</td><td>1.020</td><td>1.015</td><td>900</td><td>115</td><td>0</td></tr>
<tr><td>2</td><td>Hộ tịch</td><td>214</td><td>200</td><td>210</td><td>150</td><td>60</td><td>0</td></tr>
<tr><td></td><td>Tổng cộng</td><td>1.234</td><td>1.220</td><td>1.225</td><td>1.050</td><td>175</td><td>0</td></tr>
</table></body></html>
`,
);

// Another unit's export, and one whose period is written nowhere: the importer refuses / asks.
write('Bieu06_AnLao.xlsx', workbookBytes([['Bieu06', bieu06Sheet({ unitTitle: 'ỦY BAN NHÂN DÂN XÃ AN LÃO', periodLine: '(Từ ngày 15/01/2026 đến ngày 14/02/2026)', rows: SEED_ROWS })]]));
write('Bieu06_KhongKy.xlsx', workbookBytes([['Bieu06', bieu06Sheet({ periodLine: 'Đơn vị tính: hồ sơ', rows: SEED_ROWS })]]));
console.log(`Đã ghi các tệp mẫu vào ${DIR}`);
