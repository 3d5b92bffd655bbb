// Generated portal pages: Biểu 06 statistics pages of any size (with the totals they must read as)
// and pages from the same portal that are not statistics pages.

/** Deterministic PRNG (mulberry32), so every run measures the same pages. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const vi = (n) => n.toLocaleString('vi-VN'); // 1234 → "1.234"
export const EXTRACT_OPTIONS = { unitName: 'xã Bình Giang', cityName: 'thành phố Hải Phòng', cutoffDay: 15 };
export const PERIOD = { from: '2026-10-15', to: '2026-11-14' };

function portalPage(title, main, script = '') {
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font-family:Arial,sans-serif;font-size:13px}.menu li{display:inline-block;padding:4px 10px}
.table-report td{border:1px solid #999;padding:2px 4px;text-align:center}</style></head>
<body>
<header class="site-header"><div class="logo"><span>HỆ THỐNG THÔNG TIN GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THÀNH PHỐ HẢI PHÒNG</span></div>
<div class="user">Xin chào, <b>Nguyễn Thị Hoa</b> (UBND xã Bình Giang) | <a href="/Account/Logout">Đăng xuất</a></div></header>
<nav><ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/HoSo/TiepNhan">Tiếp nhận hồ sơ</a></li>
<li><a href="/HoSo/XuLy">Xử lý hồ sơ</a></li><li><a href="/HoSo/TraKetQua">Trả kết quả</a></li>
<li><a href="/ThongKe">Thống kê, báo cáo</a></li><li><a href="/TraCuu">Tra cứu</a></li></ul></nav>
<main class="container">
${main}
</main>
<footer class="site-footer"><p>Cơ quan chủ quản: Ủy ban nhân dân thành phố Hải Phòng. Địa chỉ: số 18 Hoàng Diệu, phường Hồng Bàng.</p>
<p>Hỗ trợ kỹ thuật: 0225.1022 — Phiên bản 3.2.1</p></footer>
<script src="/extract.js"></script>${script}
</body></html>`;
}

const FIELDS_OF_LAW = ['Chứng thực', 'Hộ tịch', 'Bảo trợ xã hội', 'Đất đai', 'Người có công', 'Văn hóa cơ sở', 'Hộ kinh doanh', 'Nuôi con nuôi', 'Thi đua, khen thưởng', 'Lao động, việc làm'];
const PROCEDURES = ['Cấp bản sao từ sổ gốc', 'Chứng thực chữ ký', 'Đăng ký khai sinh', 'Đăng ký kết hôn', 'Đăng ký khai tử', 'Trợ cấp xã hội hằng tháng', 'Xác nhận tình trạng hôn nhân', 'Đăng ký hộ kinh doanh', 'Hòa giải tranh chấp đất đai', 'Cấp giấy phép tổ chức lễ hội'];
const HEADER = `<tr><td rowspan="3"><strong>STT</strong></td><td rowspan="3"><strong>Lĩnh vực, công việc<br/>giải quyết theo cấp</strong></td>
<td colspan="4"><strong>Số hồ sơ nhận giải quyết</strong></td><td colspan="4"><strong>Số hồ sơ đã giải quyết</strong></td>
<td colspan="3"><strong>Số lượng hồ sơ đang giải quyết</strong></td></tr>
<tr><td rowspan="2"><strong>Tổng số</strong></td><td colspan="2"><strong>Trong đó</strong></td><td rowspan="2"><strong>Từ kỳ trước</strong></td>
<td rowspan="2"><strong>Tổng số</strong></td><td rowspan="2"><strong>Trước hạn</strong></td><td rowspan="2"><strong>Đúng hạn</strong></td>
<td rowspan="2"><strong>Quá hạn</strong></td><td rowspan="2"><strong>Tổng số</strong></td><td rowspan="2"><strong>Trong hạn</strong></td>
<td rowspan="2"><strong>Quá hạn</strong></td></tr>
<tr><td><strong>Trực tuyến</strong></td><td><strong>Trực tiếp, dịch vụ bưu chính</strong></td></tr>
<tr>${Array.from({ length: 13 }, (_, i) => `<td><i>(${i + 1})</i></td>`).join('')}</tr>`;
/** Column order of the 11 numbers; the received/resolved totals and online counts are links, as on the portal. */
const COLUMNS = ['receivedTotal', 'receivedOnline', 'receivedDirectOrPostal', 'carriedOver', 'resolvedTotal', 'resolvedEarly', 'resolvedOnTime', 'resolvedLate', 'inProgressTotal', 'inProgressWithin', 'inProgressOverdue'];
const LINKED = new Set([0, 1, 4]);

/** One consistent row: total = online + direct + carried = resolved + in progress. */
function rowValues(rnd) {
  const scale = rnd() < 0.05 ? 40 : 1; // a few big rows, so "1.234" appears in data cells too
  const online = Math.floor(rnd() * 60 * scale);
  const direct = Math.floor(rnd() * 25 * scale);
  const carried = Math.floor(rnd() * 4);
  const total = online + direct + carried;
  const inProgress = Math.min(total, Math.floor(rnd() * 6));
  const overdue = Math.floor(rnd() * (inProgress + 1) * 0.3);
  const resolved = total - inProgress;
  const late = Math.floor(resolved * rnd() * 0.02);
  const early = Math.floor((resolved - late) * (0.5 + rnd() * 0.4));
  return [total, online, direct, carried, resolved, early, resolved - late - early, late, inProgress, inProgress - overdue, overdue];
}

function cell(value, col, link, strong) {
  let text = vi(value);
  if (value > 0 && LINKED.has(col)) text = `<a href="/HoSo/DanhSach?${link}&c=${col}" target="_blank">${text}</a>`;
  return strong ? `<td><strong>${text}</strong></td>` : `<td>${text}</td>`;
}

/** A Biểu 06 page (tree A, header rows as `<td><strong>` in `<tbody>`) with `rows` data rows and a "Tổng cộng" row. */
export function bieu06Page(rows, seed = 6) {
  const rnd = random(seed + rows);
  const sums = new Array(11).fill(0);
  const out = [];
  for (let i = 0; i < rows; i++) {
    if (i % 50 === 0) {
      out.push(`<tr><td colspan="13" style="text-align:left"><strong>Lĩnh vực ${FIELDS_OF_LAW[(i / 50) % FIELDS_OF_LAW.length]} (nhóm ${i / 50 + 1})</strong></td></tr>`);
    }
    const values = rowValues(rnd);
    values.forEach((v, c) => (sums[c] += v));
    const name = `${PROCEDURES[i % PROCEDURES.length]} (mã ${1000 + i})`;
    out.push(`<tr><td>${i + 1}</td><td style="text-align:left">${name}</td>${values.map((v, c) => cell(v, c, `ma=${i + 1}`, false)).join('')}</tr>`);
  }
  out.push(`<tr class="total"><td colspan="2"><strong>Tổng cộng</strong></td>${sums.map((v, c) => cell(v, c, 'tong=1', true)).join('')}</tr>`);
  const form = `<form class="search-form" action="/ThongKe/BaoCao06" method="get">
<label for="TuNgay">Từ ngày</label> <input type="text" id="TuNgay" name="TuNgay" value="15/10/2026">
<label for="DenNgay">Đến ngày</label> <input type="text" id="DenNgay" name="DenNgay" value="14/11/2026">
<label for="DonVi">Đơn vị</label> <select id="DonVi" name="DonVi"><option value="H24.12.05" selected>UBND xã Bình Giang</option><option value="H24.12.06">UBND xã Thanh Hà</option></select>
<button type="submit">Thống kê</button></form>
<div id="ContainerSwapper" class="thongKeSwapper"></div>`;
  const report = `<p style="text-align:right"><i>Biểu số 06/VPCP/KSTT</i></p>
<h3 style="text-align:center">TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC</h3>
<table class="table-report" border="1" cellspacing="0" style="width:100%">
<caption>(Từ ngày 15/10/2026 đến ngày 14/11/2026)</caption>
<tbody id="data">
${HEADER}
${out.join('\n')}
</tbody></table>`;
  const expected = Object.fromEntries(COLUMNS.map((k, c) => [k, sums[c]]));
  return { html: portalPage('Báo cáo 06 - Tình hình, kết quả giải quyết TTHC', form, loader(reportPath(rows))), report, expected };
}

export const reportPath = (rows) => `/bieu06-${rows}.report.html`;

/**
 * The report arrives as the portal's "Thống kê" button delivers it: HTML fetched and put into
 * #ContainerSwapper in one go. (Served as one 19 MB document, the 50k-row page took 61 s to
 * DOMContentLoaded, as Chromium laid out the growing table again and again; inserted at once it is
 * laid out once, still ~20–30 s of software layout on 2 busy cores.) `html[data-bench-ready]` is set
 * once the browser has rendered it, so neither timed loop pays for style or layout.
 */
const loader = (url) => `<script>
fetch(${JSON.stringify(url)}).then((r) => r.text()).then((html) => {
  document.getElementById('ContainerSwapper').innerHTML = html;
  requestAnimationFrame(() => setTimeout(() => { document.documentElement.dataset.benchReady = '1'; }));
});
</script>`;

/** A news page of the commune portal with three small numeric tables (one of them with "Tỷ lệ"). */
function newsPage() {
  const rnd = random(11);
  const news = Array.from({ length: 12 }, (_, i) => `<article><h4><a href="/tin-tuc/${i}">Xã Bình Giang tổ chức hội nghị tổng kết công tác ${['dân số', 'nông nghiệp', 'an ninh trật tự', 'văn hóa'][i % 4]} năm 2026</a></h4>
<p>Ngày ${i + 1}/11/2026, UBND xã Bình Giang tổ chức hội nghị với sự tham dự của đại diện các thôn, đoàn thể. Hội nghị đã đánh giá kết quả đạt được và đề ra phương hướng nhiệm vụ năm tới.</p></article>`).join('\n');
  const budget = ['Thu thuế ngoài quốc doanh', 'Lệ phí trước bạ', 'Thu tiền sử dụng đất', 'Thu khác ngân sách', 'Tổng thu ngân sách xã']
    .map((n) => { const plan = Math.round(rnd() * 5e9); const done = Math.round(plan * (0.6 + rnd() * 0.5)); return `<tr><td>${n}</td><td>${vi(plan)}</td><td>${vi(done)}</td><td>${((done / plan) * 100).toFixed(1).replace('.', ',')}</td></tr>`; }).join('');
  const prices = ['Gạo tẻ thường', 'Thịt lợn hơi', 'Trứng gà', 'Cá trắm', 'Rau muống', 'Xăng RON 95']
    .map((n) => `<tr><td>${n}</td><td>kg</td><td>${vi(Math.round(rnd() * 90) * 1000)}</td><td>${rnd() < 0.5 ? '+' : '-'}${vi(Math.round(rnd() * 3) * 500)}</td></tr>`).join('');
  const duty = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu'].map((d, i) => `<tr><td>${d}</td><td>${17 + i}/11/2026</td><td>Ông Trần Văn ${['An', 'Bình', 'Cường', 'Dũng', 'Hải'][i]}</td><td>Phòng tiếp công dân</td></tr>`).join('');
  return portalPage('Tin tức - UBND xã Bình Giang', `<div class="row"><section class="col-8"><h2>Tin tức – sự kiện</h2>${news}</section>
<aside class="col-4"><h3>Kết quả thu ngân sách 10 tháng năm 2026</h3>
<table class="table"><thead><tr><th>Nội dung</th><th>Dự toán (đồng)</th><th>Thực hiện (đồng)</th><th>Tỷ lệ (%)</th></tr></thead><tbody>${budget}</tbody></table>
<h3>Giá cả thị trường</h3><table class="table"><thead><tr><th>Mặt hàng</th><th>ĐVT</th><th>Giá (đồng)</th><th>Tăng/giảm</th></tr></thead><tbody>${prices}</tbody></table>
<h3>Lịch tiếp công dân</h3><table class="table"><thead><tr><th>Thứ</th><th>Ngày</th><th>Người tiếp</th><th>Địa điểm</th></tr></thead><tbody>${duty}</tbody></table></aside></div>`);
}

/** "Tra cứu hồ sơ": a search form and a page of 30 dossiers (headers mention "tiếp nhận" and "thủ tục"). */
function dossierSearchPage() {
  const states = ['Đang giải quyết', 'Đã trả kết quả', 'Chờ bổ sung', 'Đã giải quyết – quá hạn'];
  const rows = Array.from({ length: 30 }, (_, i) => `<tr><td>${i + 1}</td><td><a href="/HoSo/ChiTiet/${i}">H24.12.05-261114-${String(1000 + i).padStart(4, '0')}</a></td>
<td>${PROCEDURES[i % PROCEDURES.length]}</td><td>Nguyễn Văn ${['An', 'Bình', 'Chi', 'Dung', 'Hà'][i % 5]}</td><td>${String((i % 28) + 1).padStart(2, '0')}/11/2026</td>
<td>${String(((i + 5) % 28) + 1).padStart(2, '0')}/11/2026</td><td>${states[i % states.length]}</td></tr>`).join('\n');
  return portalPage('Tra cứu hồ sơ', `<h2>Tra cứu hồ sơ</h2>
<form class="search-form" action="/TraCuu" method="get"><label for="MaHoSo">Mã hồ sơ</label> <input id="MaHoSo" name="MaHoSo">
<label for="TuNgay">Từ ngày</label> <input id="TuNgay" name="TuNgay" value="01/11/2026"> <label for="DenNgay">Đến ngày</label> <input id="DenNgay" name="DenNgay" value="26/11/2026">
<label for="TrangThai">Trạng thái</label> <select id="TrangThai" name="TrangThai">${states.map((s) => `<option>${s}</option>`).join('')}</select>
<label for="LinhVuc">Lĩnh vực</label> <select id="LinhVuc" name="LinhVuc">${FIELDS_OF_LAW.map((s) => `<option>${s}</option>`).join('')}</select>
<button type="submit">Tìm kiếm</button></form>
<table class="table table-bordered"><thead><tr><th>STT</th><th>Mã hồ sơ</th><th>Tên thủ tục hành chính</th><th>Người nộp</th><th>Ngày tiếp nhận</th><th>Ngày hẹn trả</th><th>Trạng thái</th></tr></thead>
<tbody>${rows}</tbody></table>
<ul class="pagination">${Array.from({ length: 10 }, (_, i) => `<li><a href="?page=${i + 1}">${i + 1}</a></li>`).join('')}</ul>`);
}

/** A long article laid out, as older CMSs do, inside a layout table (its first row holds the whole article). */
function longArticlePage() {
  const para = (i) => `<p>${i + 1}. Đẩy mạnh cải cách thủ tục hành chính, nâng cao tỷ lệ hồ sơ giải quyết trực tuyến toàn trình và một phần; bảo đảm tỷ lệ hồ sơ giải quyết đúng hạn, trước hạn đạt trên 98%; số hóa hồ sơ, kết quả giải quyết thủ tục hành chính theo Nghị định số 107/2021/NĐ-CP và Nghị định số 45/2020/NĐ-CP; tăng cường tiếp nhận, xử lý phản ánh, kiến nghị của người dân, doanh nghiệp. Cán bộ, công chức bộ phận một cửa thực hiện nghiêm quy chế văn hóa công sở.</p>`;
  const body = Array.from({ length: 80 }, (_, i) => para(i)).join('\n');
  return portalPage('Kế hoạch cải cách hành chính năm 2027', `<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td>
<h1>Kế hoạch cải cách hành chính năm 2027 của UBND xã Bình Giang</h1><p><i>Ngày đăng: 20/11/2026</i></p>${body}
</td></tr><tr><td><a href="/tin-tuc">« Quay lại</a></td></tr></table>`);
}

export const REJECT_PAGES = [
  { name: 'Tin tức (3 bảng số nhỏ)', path: '/tin-tuc.html', build: newsPage },
  { name: 'Tra cứu hồ sơ (biểu mẫu + 30 hồ sơ)', path: '/tra-cuu.html', build: dossierSearchPage },
  { name: 'Bài viết dài (bảng bố cục)', path: '/bai-viet.html', build: longArticlePage },
];

const HTML = 'text/html; charset=utf-8';

/**
 * Everything the extraction bench serves: the bundled engine, a Biểu 06 page (+ its "Thống kê" report) per
 * row count, and the pages that are not statistics pages. Returns the files and each page's expected totals.
 */
export function benchFiles(extractJs, rowCounts, pagePathOf) {
  const files = new Map([['/extract.js', { body: extractJs, type: 'text/javascript; charset=utf-8' }]]);
  const expected = new Map();
  for (const n of rowCounts) {
    const { html, report, expected: totals } = bieu06Page(n);
    files.set(pagePathOf(n), { body: html, type: HTML });
    files.set(reportPath(n), { body: report, type: HTML });
    expected.set(n, totals);
  }
  for (const p of REJECT_PAGES) files.set(p.path, { body: p.build(), type: HTML });
  return { files, expected };
}
