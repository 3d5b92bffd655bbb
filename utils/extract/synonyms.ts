/**
 * Header paths → canonical fields. The single table of wordings (portals.md
 * §1.4 trees A–I, §6.2, and the systems cited in tests/fixtures/README.md):
 * extend it here, nowhere else.
 *
 * Matching is on the whole path, folded by `foldKey`, because "Tổng số",
 * "Trong hạn" and "Quá hạn" repeat under several groups. Each folded segment
 * first has its words of one meaning written one way (`canonWords`: "xử lý"
 * → "giải quyết", "trễ"/"chậm" → "quá hạn", "tồn" → "kỳ trước", …), so the
 * rules below name each idea once. A path then gets a group from its
 * segments (received, resolved, in progress, …); the rules of that group
 * read the path from the group's segment down.
 *
 * In effect a path is read as concepts, each with its stems written one way:
 * a flow or state (received; carried over "tồn"; to handle "cần/phải giải
 * quyết", "lũy kế", "nhận giải quyết"; resolved "đã giải quyết/xử lý", "(đã)
 * có kết quả", "hoàn thành"; in progress "đang giải quyết/xử lý/thực hiện",
 * "chưa có kết quả", "chưa hoàn thành"; suspended; returned), a timing (early
 * "trước hạn", "sớm"; on time "đúng (thời) hạn"; both "trước và đúng hạn";
 * late "trễ", "chậm", "quá (thời) hạn"; within "trong hạn", "còn hạn", "chưa
 * đến hạn", "sắp trễ"), a channel (online "trực tuyến", "qua mạng"; direct;
 * postal "BCCI", "bưu chính", "bưu điện"; one-stop desk = direct and postal),
 * and the other kinds' topics (digitisation, payment, PAKN, catalogue).
 * Noise ("Số", "Hồ sơ", "Tổng số", "Trong đó:", numbering, notes in brackets)
 * never changes the meaning: tests/unit/extract/concepts.test.ts draws the
 * combinations.
 */
import type { FieldKey } from '../domain/types';
import { fieldKind, isRateField, soleRateOf } from '../domain/fields';
import { foldDiacritics, foldKey } from './normalize';

/** "Hài lòng", "Rất hài lòng", never "Không hài lòng", "Chưa hài lòng", "Kém hài lòng". */
const SATISFIED = /(?<!(?:khong|chua|kem|it) )hai long/;

export type ColumnRole =
  | { kind: 'field'; fields: FieldKey[] }
  /** Row names: unit, lĩnh vực, procedure. `topics`: the header says the rows are topics (fields of work,
   *  procedures, criteria, levels), never units, whatever their names begin with ("Xã hội …"). */
  | { kind: 'label'; topics?: true }
  /** Unit code ("Mã định danh"). */
  | { kind: 'code' }
  /** Row number (STT). */
  | { kind: 'index' }
  /** A citizen's personal data (name, ID number, phone, address, email, birth date): never read. */
  | { kind: 'personal' }
  | { kind: 'unknown' };

type Group =
  | 'received'
  | 'resolved'
  | 'inProgress'
  | 'suspended'
  | 'returned'
  | 'digitization'
  | 'payment'
  | 'feedback'
  | 'catalogue'
  /** A subset of the dossiers (e.g. results of online dossiers only): none of our fields. */
  | 'subset';

/** `null`: a known column that deliberately maps to nothing (e.g. "Chưa số hóa"). */
type Rule = readonly [FieldKey | null, RegExp];

/**
 * Words of one meaning, written one way (on folded text, in order). Classes
 * seen on real systems: the verbs "xử lý"/"giải quyết"; late "trễ (hạn)",
 * "chậm (hạn)", "quá (thời) hạn"; "sớm" = before the due date; "sắp trễ" is
 * still within the due date; stock "tồn (kỳ trước)"/"tồn trước" = carried
 * over; "cần/phải giải quyết", "lũy kế" = everything to handle; "một cửa" =
 * at the one-stop desk (direct and postal).
 */
const WORDS: readonly (readonly [RegExp, string | ((...groups: string[]) => string)])[] = [
  // Noise that never changes a meaning: "Trong đó: trực tuyến", "1. Tiếp nhận", "I. Đã giải quyết".
  [/^trong do (?=\S)/, ''],
  [/^(?:\d+ )+(?=[a-z])/, ''],
  [/\bti le\b/g, 'ty le'],
  // The reuse indicator's official name (Bộ chỉ số 766): "Khai thác, sử dụng lại thông tin, dữ liệu đã số hóa".
  [/\b(?:khai thac )?su dung lai\b/g, 'tai su dung'],
  // Digitised results before "có kết quả" (= resolved): "Hồ sơ có kết quả điện tử", "kết quả được số hóa".
  [/\b(?:co )?ket qua (?:dien tu|duoc so hoa)\b/g, 'ket qua da so hoa'],
  [/\bduoc so hoa\b/g, 'da so hoa'],
  [/\bxu ly\b/g, 'giai quyet'],
  // The appointed day ("ngày hẹn trả") stands for the due date: "Đúng hẹn", "Trễ hẹn", "Sớm hẹn", "Chưa đến hẹn".
  [/\b(truoc|dung|tre|cham|qua|som|trong|den|con) hen\b/g, '$1 han'],
  // Filed through the public service portal is filed online: "Nộp qua DVC", "Nộp trên Cổng DVC quốc gia".
  // Which portal stays said ("Nộp qua DVC quốc gia | Nộp qua DVC tỉnh" are two parts of the online dossiers).
  [/\b(nop )?(?:qua|tren) (?:cong )?(?:dich vu cong|dvc)( ?quoc gia| ?qg| tinh| thanh pho)?(?: truc tuyen)?\b/g, (_, nop: string | undefined, portal: string | undefined) =>
    `${nop ?? ''}truc tuyen${portal === undefined ? '' : /q/.test(portal) ? ' quoc gia' : ' cap tinh'}`],
  // "Khai thác, sử dụng lại thông tin, dữ liệu đã số hóa" is the reuse of digitised data.
  [/\bkhai thac(?: su dung lai)?\b|\bsu dung lai\b/g, 'tai su dung'],
  // "Trực tiếp tại Bộ phận Một cửa" is direct; "Tại BPMC" alone is the desk (below).
  [/\btruc tiep (?:tai )?(?:bo phan |bp )?(?:mot cua|bpmc)\b/g, 'truc tiep'],
  [/(?<!tiep )\bnhan moi\b|^(?:so )?(?:ho so |hs )?moi$/g, 'tiep nhan moi'],
  // States, one wording each: in progress "chưa có kết quả", "đang thực hiện", "chưa hoàn thành";
  // resolved "(đã) có kết quả", "(đã) hoàn thành".
  [/\bchua (?:co ket qua|hoan thanh)\b|\bdang thuc hien\b/g, 'dang giai quyet'],
  // "Chưa trả kết quả › Trong hạn │ Trễ hạn" as a heading of its own; "Trả kết quả › Chưa trả" is resolved, not returned.
  [/^(?:ho so )?chua tra ket qua$/g, 'dang giai quyet'],
  // Not "có kết quả giải quyết được số hóa": a digitised result, read by the digitisation topic.
  [/\b(?:da )?(?:co ket qua|hoan thanh)\b(?![^>]*so hoa)/g, 'da giai quyet'],
  [/\bki\b/g, 'ky'],
  [/\bsap (?:tre|cham|qua|den) ?(?:han)?\b/g, 'sap den han'],
  [/\b(?:truoc|som)(?: han)? (?:va )?dung(?: thoi)? han\b|\bdung(?: thoi)?(?: han)? (?:va )?(?:truoc|som) han\b/g, 'truoc han dung han'],
  // "Tỷ lệ TT trực tuyến": TT before "trực tuyến" is a payment (thanh toán).
  [/\btt truc tuyen\b/g, 'thanh toan truc tuyen'],
  [/\b(?:tre|cham)(?: han)?\b|\bqua thoi han\b/g, 'qua han'],
  [/\bdung thoi han\b/g, 'dung han'],
  [/\bsom(?: han)?\b/g, 'truoc han'],
  // Older systems' words: "Mới nhận", "Tổng nhận", "Chờ bộ túc" (bổ túc = bổ sung).
  [/\bmoi nhan\b/g, 'moi tiep nhan'],
  [/^tong (?:so )?nhan$/g, 'tong so tiep nhan'],
  [/\bbo tuc\b/g, 'bo sung'],
  // "Sớm | Đúng | Trễ": on time written short, as a segment of its own.
  [/^dung$/g, 'dung han'],
  [/\bcon han\b|\bchua den(?: han)?\b/g, 'chua den han'],
  // The stock left at the period's end is in progress: "Tồn chuyển kỳ sau", "Tồn cuối kỳ", "Còn tồn".
  [/\b(?:(?:con )?ton |con lai )?(?:chuyen (?:sang )?ky sau|cuoi ky)\b|\bcon ton\b/g, 'dang giai quyet'],
  [/\b(?:tu )?ton(?: dong)?(?: ky truoc| truoc| ky)?\b/g, 'ky truoc'],
  [/\b(?:can|phai) giai quyet\b|\bluy ke\b/g, 'can giai quyet'],
  [/\b(?:tai )?(?:bo phan |bp )?mot cua\b|\b(?:tai )?bpmc\b/g, 'truc tiep buu chinh'],
];

/** A folded segment with its words of one meaning written one way. */
export function canonWords(key: string): string {
  let out = key;
  // (String.replace has one overload for a text and one for a function: the union needs the two calls.)
  for (const [re, word] of WORDS) out = typeof word === 'string' ? out.replace(re, word) : out.replace(re, word);
  return out;
}

/** Optional lead-in of a group heading: "Tổng số", "Số lượng hồ sơ", "Số HS TTHC", "Đã …", … */
const LEAD = '^(?:tong so |so luong |so |tong )?(?:ho so |hs )?(?:tthc |thu tuc hanh chinh )?';
const lead = (phrase: string) => new RegExp(LEAD + '(?:' + phrase + ')');

/**
 * Topic groups win over flow groups found deeper in the path
 * ("Phản ánh, kiến nghị › Tiếp nhận" is PAKN, not dossiers). Flow groups are
 * anchored at the segment start so "Kết quả xử lý hồ sơ … đang xử lý" is not
 * an in-progress heading.
 */
const CATALOGUE_TOPIC = /^(?:tong so |so luong |so |tong )?(?:(?:da )?cung cap )?(?:thu tuc|tthc|dich vu cong|dvc)\b/;
const TOPICS: readonly (readonly [Group, RegExp])[] = [
  ['digitization', /\bso hoa\b|tai su dung/],
  ['payment', /thanh toan|\btttt\b|le phi|nghia vu tai chinh|\bphi\b/],
  ['feedback', /phan anh|kien nghi|\bpakn\b/],
  ['catalogue', CATALOGUE_TOPIC],
  ['subset', /giai quyet.*(?:nop|ho so) truc tuyen/],
];
const DOSSIERS = /\b(?:ho so|hs)\b/;
const PROCEDURES = /\b(?:thu tuc|tthc)\b/;
const RESOLVED_HEAD = 'da giai quyet|giai quyet|da tra ket qua|ket qua (?:nhan )?giai quyet';
const RECEIVED_HEAD = '(?:tiep )?nhan giai quyet|moi tiep nhan|(?:da )?tiep nhan|nhan|can giai quyet';
const FLOWS: readonly (readonly [Group, RegExp])[] = [
  ['suspended', lead('tam dung|(?:(?:cho|phai|yeu cau) )?bo sung|dung giai quyet')],
  ['returned', lead('tra lai|(?:cd |cong dan )?(?:xin )?rut|(?:bi )?tu choi')],
  ['inProgress', lead('dang giai quyet|chua giai quyet|cho giai quyet')],
  ['resolved', lead(RESOLVED_HEAD)],
  ['received', lead(RECEIVED_HEAD)],
];
/** Timing splits: with no group heading above them they split the resolved dossiers. */
const TIMING = /^(?:tong so |so luong |so )?(?:ho so |hs )?(?:(?:giai quyet|tra(?: ket qua)?|trong do|da) )?(?:truoc han|dung han|trong han|qua han|chua den han|sap den han)\b/;

/** A flow's own total under its heading: "› Tổng số", "› Tổng cộng", "› Số hồ sơ", "› Số lượng". */
const TOTAL = /(?:^|> )(?:tong(?: so| cong)?(?: ho so| hs)?|so (?:ho so|hs|luong))$/;
/** A heading's last segment that is only a flow's word ("› Tiếp nhận", "› Số hồ sơ đã giải quyết"). */
const BASE_LEAF = '> (?:tong so |so luong |so )?(?:ho so |hs )?';

const RULES: Record<Group, readonly Rule[]> = {
  received: [
    ['receivedDirectOrPostal', /truc tiep.*(?:buu chinh|bcci|\bbc\b)/],
    ['receivedOnline', /truc tuyen|qua mang/],
    ['receivedDirect', /truc tiep/],
    ['receivedPostal', /buu chinh|bcci|buu dien/],
    ['carriedOver', /ky truoc/],
    // New before to-handle: "Hồ sơ cần giải quyết › Mới tiếp nhận › Tổng" is the new part of it;
    // "trong kỳ" only as a segment's own word ("Lũy kế đã và đang giải quyết trong kỳ" is everything to handle).
    ['receivedNew', /moi tiep nhan(?: >|$)|tiep nhan moi|(?:^|> |nhan |moi )trong ky\b/],
    ['receivedTotal', /can giai quyet/],
    ['receivedTotal', TOTAL],
    ['receivedTotal', new RegExp(LEAD + '(?:' + RECEIVED_HEAD + ')$')],
  ],
  resolved: [
    ['resolvedEarlyOrOnTime', /truoc han dung han/], // "trước hạn, đúng hạn", "sớm và đúng hạn": both, one figure
    ['resolvedEarly', /truoc han/],
    ['resolvedLate', /qua han/],
    ['resolvedOnTime', /dung han|trong han|dung thoi han/],
    ['resolvedTotal', TOTAL],
    ['resolvedTotal', new RegExp(LEAD + '(?:' + RESOLVED_HEAD + ')$')],
    // "Kết quả giải quyết › Tổng số đã giải quyết": the heading's own total, in its words.
    ['resolvedTotal', new RegExp(BASE_LEAF + '(?:' + RESOLVED_HEAD + ')$')],
  ],
  inProgress: [
    ['inProgressOverdue', /qua han/],
    ['inProgressWithin', /trong han|dung han|sap den han|chua den han/],
    ['inProgressTotal', TOTAL],
    ['inProgressTotal', new RegExp(LEAD + '(?:dang giai quyet|chua giai quyet|cho giai quyet)$')],
  ],
  suspended: [
    [null, /trong han|qua han|dung han/],
    ['suspended', /./],
  ],
  returned: [
    [null, /trong han|qua han|dung han/],
    ['returnedWithdrawn', /./],
  ],
  digitization: [
    [null, /chua so hoa|quoc gia|\bqg\b/], // "… từ cổng DVC quốc gia" is a subset: provenance only
    // A plain received/resolved column under a digitization heading is the rate's base:
    // "Số hóa thành phần hồ sơ › Tiếp nhận | Đã số hóa", "Số hóa kết quả giải quyết › Đã giải quyết | KQ đã số hóa".
    ['reusedBase', new RegExp('tai su dung.*' + BASE_LEAF + '(?:' + RECEIVED_HEAD + ')$')],
    ['digitizedBase', new RegExp(BASE_LEAF + '(?:' + RECEIVED_HEAD + ')$')],
    ['eResultBase', new RegExp(BASE_LEAF + '(?:' + RESOLVED_HEAD + ')$')],
    ['reused', /tai su dung/],
    // "Số hóa hồ sơ, kết quả › HS được số hóa": a leaf naming dossiers digitised, under a heading naming both.
    ['digitized', /> (?:so )?(?:ho so|hs) (?:da |duoc )?so hoa$/],
    ['eResult', /ket qua.*da so hoa|(?:da |duoc )?so hoa ket qua/], // "Số hóa kết quả giải quyết › Số lượng" too
    ['digitized', /so hoa/], // "đã/có/được số hóa", "số hóa thành phần", "Hồ sơ số hóa"
  ],
  payment: [
    // Paid online first: "Hồ sơ nộp phí đã thanh toán trực tuyến" also names the fee.
    ['paidOnline', /(?:> |ho so |hs )(?:da )?(?:tttt|thanh toan truc tuyen)|^(?:da )?(?:tttt|thanh toan truc tuyen)$/],
    // Dossiers (never procedures: "Số thủ tục có phí") that carry a fee or another financial duty.
    ['feeDossiers', /(?:^|> )(?:tong (?:so )?|so (?:luong )?)?(?:ho so|hs)\b[^>]*(?:nghia vu tai chinh|\bphi\b)|^co nghia vu tai chinh$/],
    // Under the online payment's heading: "Thanh toán trực tuyến › Phát sinh phí, lệ phí │ Đã thanh toán TT".
    ['feeDossiers', /> (?:so )?(?:phat sinh|co) (?:phi|le phi|nghia vu tai chinh)\b/],
    ['paidOnline', /thanh toan truc tuyen\b.* > (?:so )?(?:ho so |hs )?da thanh toan(?: tt| truc tuyen)?$/],
    // Payments split by channel: "Thanh toán › Trực tiếp │ Trực tuyến".
    ['paidOnline', /(?:^|> )(?:da )?thanh toan > (?:qua )?truc tuyen$/],
  ],
  feedback: [
    // To handle ("Tổng số PAKN phải xử lý") holds the stock carried over too, and the stock carried over ("Kỳ trước
    // chuyển sang") was received before the period: neither is the feedback received.
    [null, /can giai quyet|ky truoc/],
    ['paknSatisfied', SATISFIED],
    ['paknReceived', /tiep nhan|(?:^|> )tong(?: so)?$|^(?:tong )?so (?:luong )?(?:phan anh|pakn)/],
  ],
  catalogue: [
    // Procedures that could be offered online ("đủ điều kiện cung cấp DVC toàn trình") or are not yet: not provided.
    [null, /du dieu kien|chua cung cap|chua trien khai/],
    ['tthcFull', /toan trinh/], // before the level: "DVC trực tuyến cấp xã › Toàn trình"
    ['tthcPartial', /mot phan/],
    ['tthcProvincial', /cap tinh|cap thanh pho/],
    ['tthcCommune', /cap xa/],
    ['tthcTotal', /(?:^|> )(?:tong )?so (?:luong )?(?:thu tuc|tthc)$|^tong so (?:thu tuc|tthc) > tong(?: so)?$/],
  ],
  subset: [],
};

/**
 * Several columns of these add up to one field ("Sắp trễ" + "Chưa đến" are both within the due date; "Rất hài lòng" +
 * "Hài lòng" are both satisfied).
 */
export const ADDITIVE: ReadonlySet<FieldKey> = new Set(['inProgressWithin', 'paknSatisfied']);

/** A heading's last segment that is its group's total: "Hài lòng › Cộng", "› Tổng số". */
const GROUP_WHOLE = /^(?:tong(?: so| cong)?|cong)$/;

/**
 * A field whose columns add up (ADDITIVE) given also as their group's total ("Hài lòng › Rất hài lòng │ Hài lòng │
 * Cộng"): the total alone is read, the parts are not added to it.
 */
function additiveWholes(keys: readonly string[], roles: ColumnRole[]): void {
  for (const field of ADDITIVE) {
    const columns = roles.flatMap((role, i) => (fieldOf(role) === field ? [i] : []));
    if (!columns.some((i) => GROUP_WHOLE.test(lastSegment(keys[i] ?? '')))) continue;
    for (const i of columns) if (!GROUP_WHOLE.test(lastSegment(keys[i] ?? ''))) roles[i] = { kind: 'unknown' };
  }
}

/**
 * Fields a page may give in parts, each part a column of its own, and the words of a part:
 * - the online dossiers by level of online service (Nghị định 42/2022, "toàn trình", "một phần") or by the portal
 *   they came through (national, provincial);
 * - the returned or withdrawn dossiers as "Trả lại" (or "Từ chối giải quyết") and "Xin rút": a heading naming one of
 *   the two, not both;
 * - the paused dossiers by the reason for the pause, each under the pause's heading;
 * - any other count split by the way dossiers came in ("Trả đúng thời hạn › Hồ sơ trực tuyến │ Hồ sơ trực tiếp"):
 *   a last segment naming only a channel (CHANNEL_LEAF), except for the counts that are a channel's own.
 */
const PARTS: ReadonlyMap<FieldKey, (key: string) => string | null> = new Map([
  ['receivedOnline', (key: string) => /(toan trinh|mot phan|quoc gia|cap tinh)$/.exec(key)?.[1] ?? null],
  ['returnedWithdrawn', (key: string) => returnedPart(lastSegment(key)) ?? channelPart(key)],
  // "Tạm dừng › Bổ sung hồ sơ │ Thực hiện NVTC": each reason for the pause is a part of it.
  ['suspended', (key: string) => (key.includes('> ') && !TOTAL.test(key) ? lastSegment(key) : null)],
]);
const CHANNEL_LEAF = /^(?:so )?(?:ho so |hs )?(?:nop )?(?:qua )?(truc tuyen|truc tiep|buu chinh(?: cong ich)?|bcci)$/;
/** The received dossiers' channels: parts of the received, rows of them add up to it. */
export const CHANNEL_COUNTS: ReadonlySet<FieldKey> = new Set(['receivedOnline', 'receivedDirect', 'receivedPostal', 'receivedDirectOrPostal']);

const lastSegment = (key: string): string => key.slice(key.lastIndexOf('> ') + 1).trim();

/** "Trả lại" (or "Từ chối") or "Rút": which of the two a segment names, when it names one only. */
function returnedPart(segment: string): string | null {
  const [back, withdrawn] = [/tra lai|tu choi/.test(segment), /\brut\b/.test(segment)];
  return back === withdrawn ? null : back ? 'tra lai' : 'rut';
}

const channelPart = (key: string): string | null => (key.includes('> ') ? (CHANNEL_LEAF.exec(lastSegment(key))?.[1] ?? null) : null);

/** "Đã …" and "Chưa …", "Có …" and "Không …": a qualifier and its opposite. */
const QUALIFIED = /^(da|chua|co|khong) (.+)$/;
const OPPOSITE: Readonly<Record<string, string>> = { da: 'chua', chua: 'da', co: 'khong', khong: 'co' };

/**
 * Columns of `field` split by a qualifier and its opposite under one heading ("Quá hạn › Đã có thư xin lỗi │ Chưa có
 * thư xin lỗi"): the two halves of its figure. Only with both shown: "Chưa đến hạn" alone is no half of anything.
 */
function qualifiedHalves(keys: readonly string[], roles: readonly ColumnRole[], field: FieldKey): Set<number> {
  const halves = new Set<number>();
  keys.forEach((key, i) => {
    const m = key.includes('> ') && fieldOf(roles[i]) === field ? QUALIFIED.exec(lastSegment(key)) : null;
    if (!m) return;
    const opposite = `${key.slice(0, key.lastIndexOf('> ') + 2)}${OPPOSITE[m[1] ?? ''] ?? ''} ${m[2] ?? ''}`;
    const j = keys.indexOf(opposite);
    if (j >= 0) halves.add(i).add(j);
  });
  return halves;
}

/** Which part of `field` a heading names ("truc tuyen", "rut", "mot phan"), or null when it names the whole. */
function partOf(field: FieldKey | null | undefined, key: string): string | null {
  if (field == null || isRateField(field)) return null;
  const part = PARTS.get(field);
  return part ? part(key) : CHANNEL_COUNTS.has(field) ? null : channelPart(key);
}

/** A heading naming one part of a field given in parts ("Trực tuyến toàn trình", "Xin rút"): such parts may add up. */
export const isFieldPart = (path: readonly string[]): boolean => partOf(fieldOf(mapPath(path)), headerKey(path)) !== null;

/**
 * A field given in its parts: with the page's own column of the whole they are its subsets (not read); without it
 * they add up to it. Returns the columns allowed to add into one field.
 */
function fieldParts(keys: readonly string[], roles: ColumnRole[]): Set<number> {
  const allowed = new Set<number>();
  const fields = new Set(roles.map(fieldOf).filter((f): f is FieldKey => f != null));
  for (const field of fields) {
    const halves = qualifiedHalves(keys, roles, field);
    const parts = keys.flatMap((key, i) => (fieldOf(roles[i]) === field && (partOf(field, key) !== null || halves.has(i)) ? [i] : []));
    const whole = roles.some((role, i) => fieldOf(role) === field && !parts.includes(i));
    // The same part twice ("Rút hồ sơ" and "Rút không giải quyết" cards) is one figure shown twice: the first stands.
    const seen = new Set<string | null>();
    for (const i of parts) {
      const part = partOf(field, keys[i] ?? '') ?? lastSegment(keys[i] ?? '');
      if (whole || seen.has(part)) roles[i] = { kind: 'unknown' };
      else allowed.add(i);
      seen.add(part);
    }
  }
  return allowed;
}

/** Lead-in of a flat channel heading: "Hồ sơ trực tuyến", "Nộp trực tuyến", "Số HS nộp qua bưu chính". */
const CHANNEL_LEAD = '^(?:tong so |so luong |so )?(?:ho so |hs )?(?:(?:da )?(?:nop|tiep nhan|nhan) )?(?:qua )?';
const channel = (phrase: string) => new RegExp(CHANNEL_LEAD + '(?:' + phrase + ')$');

/** Flat headers with no group word: only unambiguous ones. */
const UNGROUPED: readonly Rule[] = [
  ['receivedDirectOrPostal', channel('truc tiep.*(?:buu chinh|bcci|buu dien|\\bbc\\b)')],
  ['receivedOnline', channel('(?:dich vu cong |dvc )?truc tuyen(?: toan trinh| mot phan| quoc gia| cap tinh)?|mang')],
  ['receivedDirect', channel('truc tiep')],
  ['receivedPostal', channel('(?:dich vu )?(?:bcci|buu chinh(?: cong ich)?|buu dien)')],
  ['carriedOver', /ky truoc/],
  ['reducedTime', /cat giam thoi gian/],
];

/** Rates: tested on the whole path, most specific first. */
const RATES: readonly Rule[] = [
  ['ratePaknSatisfied', new RegExp(`${SATISFIED.source}.*(?:phan anh|kien nghi|pakn)|(?:phan anh|kien nghi|pakn).*${SATISFIED.source}`)],
  ['rateHandlingSatisfaction', SATISFIED], // on a results page: dossier handling, not PAKN
  ['ratePayment', /^(?!.*truc tiep).*(?:thanh toan|tttt)/],
  ['rateReused', /tai su dung|khai thac/],
  ['rateEResult', /so hoa ket qua|ket qua[^>]*(?:so hoa|dien tu)/],
  ['rateDigitized', /so hoa/],
  [null, /qua han/], // a late rate: its basis varies (Gia Lai: late over everything to handle)
  // One channel's on-time rate ("Tỷ lệ hồ sơ trực tuyến giải quyết đúng hạn"): of those dossiers only, not the unit's.
  [null, /(?:truc tuyen|truc tiep|buu chinh).*(?:truoc han|dung han)|(?:truoc han|dung han).*(?:truc tuyen|truc tiep|buu chinh)/],
  ['rateOnTime', /truoc han|dung han/],
  ['rateOnline', /^(?!.*(?:truc tiep|bcci|buu chinh|giai quyet)).*truc tuyen/],
];
/** "Trước hạn › %": the share of one split, not an on-time rate. */
const SPLIT_SHARE = /^(?:truoc han|dung han|qua han|trong han)(?: > (?:tong(?: so)?|so luong|so ho so))?(?: > (?:%|ty le))$/;

/**
 * A rating scale's level over its share ("Rất hài lòng › %", "Hài lòng › Tỷ lệ" beside "Chấp nhận được"): that level's
 * part of the ratings, not the satisfaction rate. Only in a table of a scale of three levels or more (SCALE): with
 * "Hài lòng / Không hài lòng" alone, the share of "Hài lòng" is the rate.
 */
const LEVEL_SHARE = /^(?:(?:rat |khong |chua |rat khong )?hai long|binh thuong|chap nhan duoc)(?: > (?:so luot|so luong))?(?: > (?:%|ty le))$/;
const SCALE = /(?:^|> )(?:rat hai long|binh thuong|chap nhan duoc)\b/;

const INDEX = /^(?:stt|tt|so tt|so thu tu)$/;
const CODE = /^ma(?: dinh danh| don vi| co quan| so)?$/;
/** Row-name columns: the only columns a row's label is ever taken from (never a citizen's name column). */
const LABEL =
  /^(?:ten )?(?:(?:don vi(?! tinh\b)(?: hanh chinh)?|co quan|linh vuc|thu tuc|noi dung|chi tieu|chi so|tieu chi|xa phuong|xa|phuong|dia ban|dia phuong|loai(?: ho so)?|nhom)\b|(?:muc do(?: dich vu(?: cong)?| dvc)?|cap(?: hanh chinh| chinh quyen| thuc hien)?)$)/;
const TOPIC_LABEL = /^(?:ten )?(?:linh vuc|thu tuc|noi dung|chi tieu|chi so|tieu chi|muc do|cap|loai|nhom)\b/;
const RATE_WORD = /(?:^|> )ty le\b/;
/**
 * A rate whose subject is procedures or services ("Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến", "Tỷ lệ DVCTT có phát
 * sinh hồ sơ"): a share of the catalogue, never a dossier rate.
 */
const SHARE_OF_SERVICES = /(?:^|> )ty le (?:cac )?(?:tthc|thu tuc|dvc|dvctt|dich vu cong)\b/;
/** Rates of the 766 index about publishing procedures or syncing dossiers, not about handling them. */
const NOT_HANDLING = /\bcong khai\b|\bminh bach\b|\bdong bo\b/;
/** A group heading of another span than the period's (read before "lũy kế" is taken for the total to handle). */
const OTHER_SPAN_GROUP = /\btu dau nam\b|\bluy ke (?:nam|den|tu)\b|\bcung ky\b|\b(?:nam|thang|quy) truoc\b/;
/** "Đã và đang giải quyết": the resolved and the in-progress together. */
const BOTH_FLOWS = /\bda va dang\b/;
/** An on-time rate whose note says it counts the dossiers in progress too ("(đã xử lý + đang xử lý)"): the index's. */
const WITH_IN_PROGRESS = /\bda va dang\b|\bdang (?:xu ly|giai quyet)\b/;
/** "Tiếp nhận & hoàn thành có file": dossiers counted at both ends, neither the received nor the resolved. */
const RECEIVED_AND_DONE = /\btiep nhan\s*(?:va|&|\/)\s*(?:hoan thanh|(?:da )?giai quyet|tra ket qua)\b/;
/** A way of filing dossiers, in a heading: a flow heading naming one counts only the dossiers filed that way. */
const CHANNEL = /\b(?:truc tuyen|truc tiep|buu chinh|bcci)\b/;
/** Amounts of money ("Chuyển khoản (VNĐ)", "Số tiền", "Lệ phí (đồng)"): never a count of dossiers. */
const MONEY = /\bvnd\b|\bso tien\b|\btien mat\b|\((?:nghin |trieu |ty )?dong\)|\b(?:nghin|trieu|ty) dong\b/;
const TARGET_MARK = /[≥≤]|>=|<=/;
/** Targets, not figures: "Chỉ tiêu giao", "Chỉ tiêu tỉnh giao", "Chỉ tiêu tháng", "Mục tiêu", "Kế hoạch năm", "dự kiến". */
export const TARGET_WORDS = /\b(?:chi tieu (?:(?:tinh|thanh pho|huyen|cap tren) )?(?:giao|thang|quy|nam)|muc tieu|ke hoach|du kien)\b/;
/** Headers of personal data in dossier lists and per-applicant statistics (spec §7). */
const PERSONAL =
  /\b(?:ho (?:va )?ten|ten (?:cong dan|nguoi nop|chu ho so|to chuc|ca nhan|doanh nghiep|khach hang)|to chuc ca nhan|ca nhan to chuc|cong dan(?! (?:xin )?rut\b| bo sung\b)|khach hang|nguoi (?:nop|dung ten|yeu cau|de nghi|dai dien|nhan)|chu ho so|cccd|cmnd|can cuoc|so dinh danh|dinh danh ca nhan|so giay to|giay to tuy than|ho chieu|dien thoai|di dong|sdt|so dt|dia chi|noi (?:thuong tru|tam tru|o)|thuong tru|tam tru|ma so thue|mst|e-?mail|thu dien tu|ngay sinh|nam sinh)\b/;

function groupOf(segment: string, groups: readonly (readonly [Group, RegExp])[]): Group | null {
  for (const [group, re] of groups) if (re.test(segment)) return group;
  return null;
}

function firstRule(rules: readonly Rule[], text: string): FieldKey | null | undefined {
  for (const [field, re] of rules) if (re.test(text)) return field;
  return undefined;
}

/** The matching key of a header path: folded segments, words of one meaning written one way, joined by " > ". */
export function headerKey(path: readonly string[]): string {
  return path.map((p) => canonWords(foldKey(p))).filter((k) => k !== '').join(' > ');
}

/** A heading of an index's points or ranks: "Điểm", "Điểm tạm tính", "Tổng điểm", "Xếp hạng". */
const SCORE_HEADING = /^(?:tong )?diem(?: so| tam tinh| danh gia| dat| chi so| thanh phan)?$|^(?:xep|thu) hang\b/;

/** The role of one column from its header path (display texts, top-down). */
export function mapPath(path: readonly string[]): ColumnRole {
  const keys = path.map((p) => canonWords(foldKey(p))).filter((k) => k !== '');
  const leaf = keys[keys.length - 1];
  if (leaf === undefined) return { kind: 'unknown' };
  const joined = keys.join(' > ');
  // The whole heading with what its brackets say, which the matching keys drop.
  const spoken = foldDiacritics(path.join(' '));

  if (PERSONAL.test(leaf)) return { kind: 'personal' };
  // Points and ranks of an index ("Điểm tạm tính › Kỳ trước", "Xếp hạng"): never figures, whatever their sub-columns say.
  if (keys.slice(0, -1).some((k) => SCORE_HEADING.test(k))) return { kind: 'unknown' };
  // Targets, not figures: "Tiếp nhận trực tuyến ≥", "Chỉ tiêu giao", "Kế hoạch", "Số hồ sơ dự kiến tiếp nhận".
  if (path.some((p) => TARGET_MARK.test(p)) || TARGET_WORDS.test(joined)) return { kind: 'unknown' };
  // "Hồ sơ quá hạn (đã và đang giải quyết)": a timing across the resolved and the in-progress, no field of either
  // (said in brackets, which the matching key drops).
  if (BOTH_FLOWS.test(spoken) && /truoc han|dung han|trong han|qua han/.test(joined)) return { kind: 'unknown' };
  if (RECEIVED_AND_DONE.test(spoken)) return { kind: 'unknown' };
  // Read on the whole heading: the matching key drops what stands in brackets ("(VNĐ)").
  if (path.some((p) => MONEY.test(foldDiacritics(p)))) return { kind: 'unknown' };
  if (RATE_WORD.test(joined) || path.some((p) => p.includes('%'))) {
    if (SPLIT_SHARE.test(joined) || NOT_HANDLING.test(joined) || SHARE_OF_SERVICES.test(joined)) return { kind: 'unknown' };
    const rate = firstRule(RATES, joined);
    // Ours divides the resolved dossiers only (spec §4): a rate over those in progress too is another figure.
    if (rate === 'rateOnTime' && WITH_IN_PROGRESS.test(spoken)) return { kind: 'unknown' };
    // A rate about feedback is the feedback's satisfaction or nothing ("Tỷ lệ PAKN xử lý đúng hạn" is no dossier rate).
    return PAKN_WORDS.test(joined) && rate !== 'ratePaknSatisfied' ? { kind: 'unknown' } : fieldRole(rate);
  }
  if (keys.length === 1) {
    if (INDEX.test(leaf)) return { kind: 'index' };
    if (CODE.test(leaf)) return { kind: 'code' };
    if (LABEL.test(leaf)) return TOPIC_LABEL.test(leaf) ? { kind: 'label', topics: true } : { kind: 'label' };
  }

  // "Số hồ sơ › DVC trực tuyến toàn trình" counts dossiers sent through those services, not the procedures.
  const countsDossiers = keys.some((k) => DOSSIERS.test(k)) && !keys.some((k) => PROCEDURES.test(k));
  const topic = keys.findIndex((k) => { const g = groupOf(k, TOPICS); return g !== null && !(g === 'catalogue' && countsDossiers); });
  // Under a pause or a return, a topic word is its reason ("Tạm dừng › Thực hiện nghĩa vụ tài chính"), not its topic.
  const reason = keys.findIndex((k) => { const g = groupOf(k, FLOWS); return g === 'suspended' || g === 'returned'; });
  if (topic >= 0 && !(reason >= 0 && reason < topic)) {
    const group = groupOf(keys[topic] ?? '', TOPICS) as Group;
    // Procedures that had dossiers in the period ("Phát sinh hồ sơ › Số thủ tục"): no count of the catalogue.
    if (group === 'catalogue' && /\bphat sinh\b/.test(joined)) return { kind: 'unknown' };
    const under = keys.slice(topic).join(' > ');
    // "Đã thanh toán trực tuyến › Tổng": the total of what its heading names.
    const found = firstRule(RULES[group], under) ?? (under.includes(' > ') ? firstRule(RULES[group], under.replace(TOTAL, '').trim()) : undefined);
    // Under an online services' heading, a flow that counts no procedure ("Dịch vụ công trực tuyến › Tiếp nhận trực
    // tuyến") is read as a flow below.
    if (found !== undefined || group !== 'catalogue') return fieldRole(found);
  }
  // Deepest flow heading, extended upwards over headings of the same group.
  for (let i = keys.length - 1; i >= 0; i--) {
    const group = groupOf(keys[i] ?? '', FLOWS);
    if (group === null) continue;
    let start = i;
    while (start > 0 && groupOf(keys[start - 1] ?? '', FLOWS) === group) start--;
    // Resolved or in progress under a heading naming a channel ("Hồ sơ trực tuyến › Đã giải quyết"): that channel's only.
    if ((group === 'resolved' || group === 'inProgress') && keys.slice(0, start + 1).some((k) => CHANNEL.test(k))) return { kind: 'unknown' };
    return fieldRole(firstRule(RULES[group], keys.slice(start).join(' > ')));
  }
  // Timing with no flow above it ("Tiến độ giải quyết › Trước và đúng hạn") splits the resolved dossiers.
  const timing = keys.findIndex((k) => TIMING.test(k));
  // Not under a heading that names a channel ("Hồ sơ trực tuyến đã giải quyết"): those are the online ones only.
  if (timing >= 0 && keys.slice(0, timing).some((k) => CHANNEL.test(k))) return { kind: 'unknown' };
  if (timing >= 0) return fieldRole(firstRule(RULES.resolved, keys.slice(timing).join(' > ')));
  // "Tồn kỳ trước › Số hồ sơ": a bare count under its heading is what the heading names.
  const named = keys.length > 1 && TOTAL.test(leaf) ? (keys[keys.length - 2] ?? leaf) : leaf;
  return fieldRole(firstRule(UNGROUPED, named));
}

/**
 * The one channel a heading's bracketed note names ("(trực tiếp hoặc dịch vụ bưu chính)"), as its count's field: the
 * note read by the flat channel headings' own rules.
 */
function channelInNote(heading: string): FieldKey | null {
  const note = /\(([^()]*)\)/.exec(heading)?.[1];
  const field = note ? firstRule(UNGROUPED, headerKey([note])) : null;
  return field && CHANNEL_COUNTS.has(field) ? field : null;
}

/** The (first) field a column gives, if any. */
export function fieldOf(role: ColumnRole | undefined): FieldKey | undefined {
  return role?.kind === 'field' ? role.fields[0] : undefined;
}

function fieldRole(field: FieldKey | null | undefined): ColumnRole {
  return field ? { kind: 'field', fields: [field] } : { kind: 'unknown' };
}

const BARE_RECEIVED = /^(?:tong so |so luong |so )?(?:ho so )?(?:da )?tiep nhan$/;
const BARE_RESOLVED = /^(?:so )?(?:ho so )?da giai quyet$/;
/** "Cần xử lý", "Lũy kế …", "Số hồ sơ nhận giải quyết": everything to handle (new + carried over). */
const TO_HANDLE = /(?:^|> )(?:tong so |so luong |so |tong )?(?:ho so )?(?:can giai quyet|nhan giai quyet)\b/;
/** A lone "Tổng"/"Tổng số" column: read by the identities (readings.ts), never by its words alone. */
const BARE_TOTAL = /^tong(?: so| cong)?(?: ho so| hs)?$/;

/** Words that put the carried-over stock inside a received figure: to handle, "lũy kế", "gồm (cả) kỳ trước". */
const WITH_CARRIED = /can giai quyet|nhan giai quyet|gom (?:ca )?ky truoc|ca ky truoc/;

/**
 * A received figure whose words do not say whether it includes the dossiers
 * carried over ("Tiếp nhận", "Hồ sơ tiếp nhận › Tổng", "Tổng số hồ sơ tiếp
 * nhận"): by its words the new dossiers of the period; readings.ts lets the
 * page's identities say when it is everything to handle.
 */
export function isPlainReceived(path: readonly string[]): boolean {
  // Notes count here: "Tiếp nhận (gồm cả kỳ trước)" says what the figure holds.
  const words = canonWords(foldDiacritics(path.join(' > ')).replace(/[^a-z0-9>]+/g, ' '));
  return fieldOf(mapPath(path)) === 'receivedTotal' && !WITH_CARRIED.test(words) && !isBareTotal(path);
}

/** A lone "Tổng số" column with no group above it. */
export function isBareTotal(path: readonly string[]): boolean {
  return BARE_TOTAL.test(headerKey(path));
}

/**
 * Flat tables ("Đã giải quyết | Đúng và trước hạn | Quá hạn | Đang giải quyết |
 * Chưa đến hạn | Đã quá hạn"): a run of one-level timing columns right after a
 * resolved or in-progress total belongs to that flow when every column of the
 * run reads under it; otherwise (e.g. "Trước hạn" after "Chưa xử lý") the run
 * stays with resolved, as timing columns without a group do.
 */
function flatSplits(paths: readonly (readonly string[])[], keys: readonly string[], lessons: readonly unknown[], roles: ColumnRole[]): void {
  paths.forEach((path, i) => {
    const flow = fieldOf(roles[i]);
    if (path.length !== 1 || (flow !== 'resolvedTotal' && flow !== 'inProgressTotal')) return;
    let end = i + 1;
    while (paths[end]?.length === 1 && TIMING.test(keys[end] ?? '') && lessons[end] === undefined) end++;
    const under = paths.slice(i + 1, end).map((split) => mapPath([...path, ...split]));
    if (under.every((role) => role.kind === 'field')) under.forEach((role, k) => (roles[i + 1 + k] = role));
  });
}

const BARE_RATE = /^(?:ty le|%|ty le %)$/;

/**
 * "Hồ sơ tiếp nhận › Nộp trực tuyến | Tỷ lệ (%)": a bare rate column under the
 * same heading right after a count is that count's share (only for counts
 * whose share is one of our rates: "Trước hạn | %" is the share of one split,
 * and an on-time share's basis varies by page, so the indicator is computed from the counts).
 */
function adjacentRates(paths: readonly (readonly string[])[], keys: readonly string[], lessons: readonly unknown[], roles: ColumnRole[]): void {
  paths.forEach((path, i) => {
    const before = paths[i - 1];
    // Unknown, or a rate the heading above gives every "Tỷ lệ" under it ("Số hóa hồ sơ › … › Tỷ lệ" twice).
    const current = fieldOf(roles[i]);
    if (i === 0 || lessons[i] !== undefined || !before || (roles[i]?.kind !== 'unknown' && !(current && isRateField(current)))) return;
    const leaf = keys[i]?.split(' > ').at(-1) ?? '';
    if (!BARE_RATE.test(leaf) || before.length !== path.length || before.slice(0, -1).some((p, k) => p !== path[k])) return;
    const counted = fieldOf(roles[i - 1]);
    // A rate column's field when it stands right after the count that alone makes that rate.
    const rate = counted && soleRateOf(counted);
    if (rate) roles[i] = { kind: 'field', fields: [rate] };
  });
}

/**
 * A clerk's taught reading of one header path (teach mode): consulted before
 * the synonym table. Gets `headerKey(path)`; returns the field, `null` for
 * "Không dùng", or `undefined` when nothing was taught for that path.
 */
export type TaughtLookup = (key: string) => FieldKey | null | undefined;

/**
 * A column of a feedback (PAKN) table read as a dossier figure: what it received ("Tổng số", "Tiếp nhận") and its
 * satisfaction are the feedback's; the rest ("Đã xử lý", "Đang xử lý", "Quá hạn") is left unread: stored as dossiers,
 * it would stand over the period's dossier figures.
 */
function feedbackRole(role: ColumnRole, key: string): ColumnRole {
  const field = fieldOf(role);
  const satisfied = SATISFIED.test(key) && !/ty le|ti le|%/.test(key);
  const received = BARE_TOTAL.test(key) || field === 'receivedNew' || field === 'receivedTotal';
  if (received) return { kind: 'field', fields: ['paknReceived'] };
  if (!field) return role.kind === 'unknown' && satisfied ? { kind: 'field', fields: ['paknSatisfied'] } : role;
  if (!['results', 'online'].includes(fieldKind(field))) return role;
  if (field === 'rateHandlingSatisfaction') return { kind: 'field', fields: ['ratePaknSatisfied'] };
  return satisfied ? { kind: 'field', fields: ['paknSatisfied'] } : { kind: 'unknown' };
}

/** What a table says it is about (its titles, caption, the heading before it), for `mapColumns`. */
export function gridSubject(grid: { titles: readonly string[]; heading?: string }): string {
  return [...grid.titles, grid.heading ?? ''].join(' ');
}

const PAKN_WORDS = /phan anh|kien nghi|\bpakn\b/;
/** Words only dossiers have: a column saying them is about dossiers. */
const DOSSIER_WORDS = /ho so|\bhs\b|tthc|thu tuc|truc tuyen|truc tiep|buu chinh|truoc han|dung han|ky truoc/;
/** The words of those that no feedback has (feedback has due dates and a carried-over stock too). */
const DOSSIER_ONLY = /ho so|\bhs\b|tthc|thu tuc|truc tuyen|truc tiep|buu chinh/;

/** A table about feedback: its subject names PAKN and neither dossiers nor the handling of procedures. */
function isFeedbackSubject(subject: string): boolean {
  const t = foldDiacritics(subject);
  return PAKN_WORDS.test(t) && !/ho so|giai quyet (?:tthc|thu tuc)/.test(t);
}

/**
 * Roles of all columns of one table. Table context settles what a bare
 * "Tiếp nhận"/"Đã giải quyết" means: in a digitisation tracker they are the
 * bases of the digitisation rates (tree F); next to a to-handle column a bare
 * "Đã tiếp nhận" is the new dossiers; in a feedback table (by its columns or
 * its `subject`) they are the feedback's or unread; in a payment-only table a
 * bare received count is context. A field claimed by an earlier column
 * leaves later columns unmapped rather than guessed, except the fields whose
 * parts add up (`ADDITIVE`). A page's on-time rate next to its own late rate
 * is the complement of that late rate (another formula): not read, unless its
 * heading says it is of the resolved dossiers (`OF_RESOLVED`).
 */
/**
 * A rate heading naming the resolved dossiers as its base: "Tỷ lệ hồ sơ đã giải quyết › … trước hạn, đúng hạn",
 * "Kết quả giải quyết › Tỷ lệ trước hạn, đúng hạn".
 */
const OF_RESOLVED = /\bda giai quyet\b|\bket qua giai quyet\b/;

/** `others`: columns of other periods than the page's (period-columns.ts), never read. */
export function mapColumns(paths: readonly (readonly string[])[], taught?: TaughtLookup, subject = '', others: ReadonlySet<number> = new Set()): ColumnRole[] {
  const keys = paths.map(headerKey);
  const lessons = keys.map((key) => taught?.(key));
  const roles = paths.map((path, i): ColumnRole => {
    const rule = lessons[i];
    if (rule === undefined) return mapPath(path);
    return rule === null ? { kind: 'unknown' } : { kind: 'field', fields: [rule] };
  });
  const has = (f: FieldKey) => roles.some((r) => r.kind === 'field' && r.fields.includes(f));
  const digitization = has('digitized') || has('reused') || has('eResult');
  // A table about feedback (PAKN): its "Đã xử lý", "Đang xử lý", "Hài lòng" are about feedback, never dossiers. Not a
  // table that also names dossiers in a column of its own ("Hồ sơ tiếp nhận", "Trực tuyến", "Đúng hạn"): its plain
  // words may be the dossiers'. Feedback has due dates and a carried-over stock too: where the table's first figure
  // is of feedback ("Tổng số PAKN phải xử lý"), only the words no feedback has make a column the dossiers'.
  const feedbackFirst = PAKN_WORDS.test(keys.find((key, i) => key !== '' && ['field', 'unknown'].includes(roles[i]?.kind ?? '')) ?? '');
  // So too where the table's subject is feedback (the PAKN system's page): "Đã xử lý › Đúng hạn" is the feedback's.
  const feedbackSubject = isFeedbackSubject(subject);
  const dossierColumn = keys.some((key) => (feedbackFirst || feedbackSubject ? DOSSIER_ONLY : DOSSIER_WORDS).test(key) && !PAKN_WORDS.test(key));
  const feedback = !dossierColumn && (has('paknReceived') || has('paknSatisfied') || has('ratePaknSatisfied') || feedbackSubject);
  // A payment table with no resolved or in-progress figure: its "Số hồ sơ tiếp nhận" is context (it may count only
  // the procedures with a fee), never the period's received dossiers.
  const paymentOnly = (has('paidOnline') || has('feeDossiers')) && !roles.some((r) => fieldOf(r)?.startsWith('resolved') || fieldOf(r)?.startsWith('inProgress'));
  const toHandle = keys.some((key) => TO_HANDLE.test(key));
  const lateRate = keys.some((key) => /(?:^|> )ty le\b.*qua han/.test(key));
  // In a table of the procedure catalogue, a rate under a heading of procedures ("Dịch vụ công trực tuyến › Tỷ lệ
  // (%)") is a share of procedures, never of dossiers, unless its heading names dossiers.
  const catalogue = roles.some((r) => fieldKind(fieldOf(r) ?? 'receivedTotal') === 'catalogue');
  const ofProcedures = (key: string) => !DOSSIERS.test(key) && key.split(' > ').slice(0, -1).some((segment) => CATALOGUE_TOPIC.test(segment));
  paths.forEach((path, i) => {
    if (lessons[i] !== undefined) return;
    const key = path.length === 1 ? (keys[i] ?? '') : '';
    // Beside a column of everything to handle, the received group's own total ("Đã tiếp nhận › Tổng") is the new ones.
    const groupTotal = path.length === 2 && TOTAL.test(keys[i] ?? '') ? (keys[i] ?? '').replace(TOTAL, '').trim() : '';
    if (digitization && BARE_RECEIVED.test(key)) {
      roles[i] = { kind: 'field', fields: has('reused') ? ['digitizedBase', 'reusedBase'] : ['digitizedBase'] };
    } else if (digitization && BARE_RESOLVED.test(key) && has('eResult')) {
      roles[i] = { kind: 'field', fields: ['eResultBase'] };
    } else if (paymentOnly && BARE_RECEIVED.test(key)) {
      roles[i] = { kind: 'unknown' };
    } else if (toHandle && (BARE_RECEIVED.test(key) || BARE_RECEIVED.test(groupTotal))) {
      roles[i] = { kind: 'field', fields: ['receivedNew'] };
    } else if (catalogue && isRateField(fieldOf(roles[i]) ?? 'receivedTotal') && ofProcedures(keys[i] ?? '')) {
      roles[i] = { kind: 'unknown' };
    } else if (lateRate && fieldOf(roles[i]) === 'rateOnTime' && !OF_RESOLVED.test(keys[i] ?? '')) {
      roles[i] = { kind: 'unknown' };
    } else if (feedback) {
      roles[i] = feedbackRole(roles[i] as ColumnRole, keys[i] ?? '');
    }
  });
  // "Số mới tiếp nhận (trực tiếp hoặc dịch vụ bưu chính)": the matching key drops the brackets, which here name the
  // channel the count is of.
  paths.forEach((path, i) => {
    if (lessons[i] !== undefined || fieldOf(roles[i]) !== 'receivedNew') return;
    const channel = channelInNote(path[path.length - 1] ?? '');
    if (channel) roles[i] = { kind: 'field', fields: [channel] };
  });
  // Columns under a heading of another span than the period's ("Lũy kế từ đầu năm › Tiếp nhận", "Cùng kỳ năm trước
  // › …", "Tháng 10" beside "Quý IV/2025") are not the period's figures.
  const scale = keys.some((key) => SCALE.test(key));
  paths.forEach((path, i) => {
    if (lessons[i] === undefined && scale && LEVEL_SHARE.test(keys[i] ?? '')) roles[i] = { kind: 'unknown' };
    if (lessons[i] === undefined && (others.has(i) || path.slice(0, -1).some((segment) => OTHER_SPAN_GROUP.test(foldKey(segment))))) roles[i] = { kind: 'unknown' };
  });
  // The reuse rate's base is the received dossiers when the table gives no base of its own under its reuse heading.
  if (has('reused') && !has('reusedBase')) {
    const base = roles.find((r) => r.kind === 'field' && r.fields.length === 1 && r.fields[0] === 'digitizedBase');
    if (base?.kind === 'field') base.fields = ['digitizedBase', 'reusedBase'];
  }
  // Feedback split into the stock carried over and what came in the period ("Số PAKN › Tổng số │ Trong đó › Kỳ trước
  // chuyển sang │ Tiếp nhận trong kỳ"): the total holds the stock too, the period's part is the feedback received.
  if (feedback && keys.some((key) => /\bky truoc\b/.test(key))) {
    const received = roles.flatMap((role, i) => (lessons[i] === undefined && fieldOf(role) === 'paknReceived' ? [i] : []));
    const inPeriod = received.filter((i) => /\btrong ky\b|\bmoi\b/.test(keys[i] ?? ''));
    if (inPeriod.length === 1) for (const i of received) if (i !== inPeriod[0]) roles[i] = { kind: 'unknown' };
  }
  flatSplits(paths, keys, lessons, roles);
  adjacentRates(paths, keys, lessons, roles);
  const parts = fieldParts(keys, roles);
  additiveWholes(keys, roles);
  const claimed = new Set<FieldKey>();
  return roles.map((role, i) => {
    if (role.kind !== 'field') return role;
    if (role.fields.some((f) => claimed.has(f) && !ADDITIVE.has(f)) && !parts.has(i)) return { kind: 'unknown' };
    role.fields.forEach((f) => claimed.add(f));
    return role;
  });
}
