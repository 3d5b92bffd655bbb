// Three years of daily captures in the stored Capture shape (utils/types.ts), as a clerk who opens
// the Biểu 06 page every working morning would accumulate: each day the month-to-date period
// (cut-off day 15), and on each period's last day also the digitization page of the whole period.
const DAY = 86_400_000;
const iso = (t) => new Date(t).toISOString().slice(0, 10);
const vn = (isoDate) => isoDate.split('-').reverse().join('/');
const vi = (n) => n.toLocaleString('vi-VN');


const HEADERS = {
  receivedTotal: ['Số hồ sơ nhận giải quyết', 'Tổng số'],
  receivedOnline: ['Số hồ sơ nhận giải quyết', 'Trong đó', 'Trực tuyến'],
  receivedDirectOrPostal: ['Số hồ sơ nhận giải quyết', 'Trong đó', 'Trực tiếp, dịch vụ bưu chính'],
  carriedOver: ['Số hồ sơ nhận giải quyết', 'Từ kỳ trước'],
  resolvedTotal: ['Số hồ sơ đã giải quyết', 'Tổng số'],
  resolvedEarly: ['Số hồ sơ đã giải quyết', 'Trước hạn'],
  resolvedOnTime: ['Số hồ sơ đã giải quyết', 'Đúng hạn'],
  resolvedLate: ['Số hồ sơ đã giải quyết', 'Quá hạn'],
  inProgressTotal: ['Số lượng hồ sơ đang giải quyết', 'Tổng số'],
  inProgressWithin: ['Số lượng hồ sơ đang giải quyết', 'Trong hạn'],
  inProgressOverdue: ['Số lượng hồ sơ đang giải quyết', 'Quá hạn'],
  digitized: ['Số hồ sơ được số hóa'], digitizedBase: ['Tổng số hồ sơ tiếp nhận'], rateDigitized: ['Tỷ lệ số hóa (%)'],
  eResult: ['Số kết quả được số hóa'], eResultBase: ['Tổng số kết quả'], rateEResult: ['Tỷ lệ số hóa kết quả (%)'],
};

function capture({ kind, from, to, fields, at, i }) {
  const url = kind === 'results'
    ? `http://motcua.haiphong.gov.vn/ThongKe/BaoCao06?TuNgay=${vn(from)}&DenNgay=${vn(to)}&DonVi=H24.12.05`
    : `http://motcua.haiphong.gov.vn/ThongKe/SoHoa?TuNgay=${vn(from)}&DenNgay=${vn(to)}`;
  const e = {
    kinds: kind === 'results' ? ['results', 'online'] : ['digitization'],
    period: { from, to },
    unit: kind === 'results' ? 'Tổng cộng' : 'UBND xã Bình Giang',
    rowChoice: kind === 'results' ? 'total' : 'unit',
    fields,
    cells: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, { header: HEADERS[k], row: kind === 'results' ? 'Tổng cộng' : 'UBND xã Bình Giang', raw: Number.isInteger(v) ? vi(v) : `${String(v).replace('.', ',')}%` }])),
    unmapped: [],
    warnings: i % 40 === 7 ? ['«Số hồ sơ đã giải quyết» là 812 nhưng «Trước hạn» + «Đúng hạn» + «Quá hạn» = 600 + 210 + 0 = 810.'] : [],
  };
  const sorted = Object.entries(fields).sort(([a], [b]) => (a < b ? -1 : 1));
  const page = new URL(url);
  const periodKey = `${from}..${to}`;
  // Any unique key will do for seeding (the store hashes the same identity with cyrb53).
  const contentKey = JSON.stringify([page.origin + page.pathname, periodKey, e.unit, [...e.kinds].sort(), sorted]);
  return { ...e, url, title: kind === 'results' ? 'Báo cáo 06 - Tình hình, kết quả giải quyết TTHC' : 'Thống kê số hóa hồ sơ', capturedAt: at, lastSeenAt: at, contentKey, periodKey };
}

/** `days` daily captures ending yesterday (UTC), plus one digitization capture per finished period. */
export function threeYearsOfCaptures(today = new Date(), days = 1095) {
  const end = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const out = [];
  for (let i = 0; i < days; i++) {
    const t = end - (days - i) * DAY;
    const d = new Date(t);
    const day = d.getUTCDate();
    const from = day >= 15 ? iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 15)) : iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, 15));
    const to = iso(t);
    const n = Math.round((t - Date.parse(from)) / DAY) + 1;
    const onlineShare = 0.4 + (0.45 * i) / days;
    const received = 24 * n + (i % 7);
    const online = Math.round(received * onlineShare);
    const carried = 3 + (i % 5);
    const inProgress = 5 + (i % 9);
    const resolved = received + carried - inProgress;
    const late = i % 11 === 0 ? 1 : 0;
    const early = Math.round(resolved * 0.7);
    const overdue = i % 13 === 0 ? 1 : 0;
    const at = new Date(t + (1 + (i % 7)) * 3_600_000 + (i % 60) * 60_000).toISOString();
    out.push(capture({
      kind: 'results', from, to, at, i,
      fields: {
        receivedTotal: received + carried, receivedOnline: online, receivedDirectOrPostal: received - online, carriedOver: carried,
        resolvedTotal: resolved, resolvedEarly: early, resolvedOnTime: resolved - early - late, resolvedLate: late,
        inProgressTotal: inProgress, inProgressWithin: inProgress - overdue, inProgressOverdue: overdue,
      },
    }));
    if (day === 14) {
      const base = received + carried;
      const digitized = Math.round(base * (0.6 + (0.35 * i) / days));
      const eResult = Math.round(base * (0.5 + (0.4 * i) / days));
      out.push(capture({
        kind: 'digitization', from, to, i, at: new Date(Date.parse(at) + 600_000).toISOString(),
        fields: { digitized, digitizedBase: base, rateDigitized: Math.round((digitized / base) * 1000) / 10, eResult, eResultBase: base, rateEResult: Math.round((eResult / base) * 1000) / 10 },
      }));
    }
  }
  if (new Set(out.map((c) => c.contentKey)).size !== out.length) throw new Error('seed captures: contentKey not unique');
  return out;
}

export const SEED_SETTINGS = {
  unitName: 'xã Bình Giang',
  cityName: 'thành phố Hải Phòng',
  targets: { online: 60, onTime: 60, digitized: 100, reused: 50, paknSatisfied: 95, payment: 60 },
  cutoffDay: 15,
};
