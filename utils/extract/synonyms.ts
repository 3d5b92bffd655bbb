/**
 * Header paths → canonical fields. The single table of wordings (portals.md
 * §1.4 trees A–I, §6.2): extend it here, nowhere else.
 *
 * Matching is on the whole path, folded by `foldKey`, because "Tổng số",
 * "Trong hạn" and "Quá hạn" repeat under several groups. A path first gets a
 * group from its segments (received, resolved, in progress, …); the rules of
 * that group then read the path from the group's segment down.
 */
import type { FieldKey } from '../domain/types';
import { foldKey } from './normalize';

export type ColumnRole =
  | { kind: 'field'; fields: FieldKey[] }
  /** Row names: unit, lĩnh vực, procedure. */
  | { kind: 'label' }
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
  | 'catalogue';

/** `null`: a known column that deliberately maps to nothing (e.g. "Chưa số hóa"). */
type Rule = readonly [FieldKey | null, RegExp];

/** Optional lead-in of a group heading: "Tổng số", "Số lượng hồ sơ", "Số HS TTHC", … */
const LEAD = '^(?:tong so |so luong |so |tong )?(?:ho so |hs )?(?:tthc |thu tuc hanh chinh )?';
const lead = (phrase: string) => new RegExp(LEAD + '(?:' + phrase + ')');

/**
 * Topic groups win over flow groups found deeper in the path
 * ("Phản ánh, kiến nghị › Tiếp nhận" is PAKN, not dossiers). Flow groups are
 * anchored at the segment start so "Kết quả xử lý hồ sơ … đang xử lý" is not
 * an in-progress heading.
 */
const TOPICS: readonly (readonly [Group, RegExp])[] = [
  ['digitization', /\bso hoa\b|tai su dung/],
  ['payment', /thanh toan|\btttt\b|le phi|nghia vu tai chinh|\bphi\b/],
  ['feedback', /phan anh|kien nghi|\bpakn\b/],
  ['catalogue', /^(?:tong so |so luong |so |tong )?(?:thu tuc|tthc|dich vu cong|dvc)\b/],
];
const FLOWS: readonly (readonly [Group, RegExp])[] = [
  ['suspended', lead('tam dung|cho bo sung|dung xu ly')],
  ['returned', lead('tra lai|xin rut|rut')],
  ['inProgress', lead('dang giai quyet|dang xu ly|chua giai quyet')],
  ['resolved', lead('da giai quyet|da xu ly|giai quyet|da tra ket qua')],
  ['received', lead('nhan giai quyet|moi tiep nhan|tiep nhan|nhan')],
];

const TOTAL = /(?:^|> )tong(?: so)?$/;

const RULES: Record<Group, readonly Rule[]> = {
  received: [
    ['receivedDirectOrPostal', /truc tiep.*(?:buu chinh|bcci)/],
    ['receivedOnline', /truc tuyen|qua mang/],
    ['receivedDirect', /truc tiep/],
    ['receivedPostal', /buu chinh|bcci/],
    ['carriedOver', /ky truoc/],
    ['receivedNew', /trong ky|moi tiep nhan$|tiep nhan moi/],
    ['receivedTotal', TOTAL],
    ['receivedTotal', new RegExp(LEAD + '(?:nhan giai quyet|tiep nhan|nhan)$')],
  ],
  resolved: [
    [null, /truoc han.*dung han|dung han.*truoc han/], // combined column: neither split
    ['resolvedEarly', /truoc han/],
    ['resolvedLate', /qua han/],
    ['resolvedOnTime', /dung han|trong han|dung thoi han/],
    ['resolvedTotal', TOTAL],
    ['resolvedTotal', new RegExp(LEAD + '(?:da giai quyet|da xu ly|giai quyet|da tra ket qua)$')],
  ],
  inProgress: [
    ['inProgressOverdue', /qua han/],
    ['inProgressWithin', /trong han|chua den han|dung han|con han/],
    ['inProgressTotal', TOTAL],
    ['inProgressTotal', new RegExp(LEAD + '(?:dang giai quyet|dang xu ly|chua giai quyet)$')],
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
    ['reused', /tai su dung/],
    ['eResult', /ket qua.*da so hoa|da so hoa ket qua/],
    ['digitized', /co so hoa|da so hoa/],
  ],
  payment: [
    ['feeDossiers', /^tong (?:so )?(?:ho so|hs)\b.*(?:nghia vu tai chinh|phi)/],
    ['paidOnline', /(?:ho so|hs) (?:da )?(?:tttt|thanh toan truc tuyen)/],
  ],
  feedback: [
    ['paknSatisfied', /hai long/],
    ['paknReceived', /tiep nhan|(?:^|> )tong(?: so)?$|^(?:tong )?so (?:luong )?(?:phan anh|pakn)/],
  ],
  catalogue: [
    ['tthcFull', /toan trinh/], // before the level: "DVC trực tuyến cấp xã › Toàn trình"
    ['tthcPartial', /mot phan/],
    ['tthcProvincial', /cap tinh|cap thanh pho/],
    ['tthcCommune', /cap xa/],
    ['tthcTotal', /^tong so (?:thu tuc|tthc)$|^tong so (?:thu tuc|tthc) > tong(?: so)?$/],
  ],
};

/** Flat headers with no group word: only unambiguous ones. */
const UNGROUPED: readonly Rule[] = [
  ['receivedDirectOrPostal', /^truc tiep.*(?:buu chinh|bcci)$/],
  ['receivedOnline', /^(?:nop )?truc tuyen$/],
  ['receivedDirect', /^truc tiep$/],
  ['receivedPostal', /^(?:qua )?(?:bcci|(?:dich vu )?buu chinh(?: cong ich)?)$/],
  ['carriedOver', /ky truoc/],
  ['reducedTime', /cat giam thoi gian/],
];

/** Rates: tested on the whole path, most specific first. */
const RATES: readonly Rule[] = [
  ['ratePaknSatisfied', /hai long.*(?:phan anh|kien nghi|pakn)|(?:phan anh|kien nghi|pakn).*hai long/],
  ['rateHandlingSatisfaction', /hai long/], // on a results page: dossier handling, not PAKN
  ['ratePayment', /^(?!.*truc tiep).*(?:thanh toan|tttt)/],
  ['rateReused', /tai su dung|khai thac/],
  ['rateEResult', /so hoa ket qua|ket qua[^>]*(?:so hoa|dien tu)/],
  ['rateDigitized', /so hoa/],
  ['rateOnTime', /truoc han|dung han/],
  ['rateOnline', /^(?!.*(?:truc tiep|bcci|buu chinh|xu ly)).*truc tuyen/],
];

const INDEX = /^(?:stt|tt|so tt|so thu tu)$/;
const CODE = /^ma(?: dinh danh| don vi| co quan| so)?$/;
const LABEL = /^(?:ten )?(?:don vi|co quan|linh vuc|thu tuc|noi dung|chi tieu|xa phuong|dia ban)\b/;
const RATE_WORD = /(?:^|> )ty le\b/;
/** Headers of personal data in dossier lists and per-applicant statistics (spec §7). */
const PERSONAL =
  /\b(?:ho (?:va )?ten|ten (?:cong dan|nguoi nop|chu ho so|to chuc, ca nhan|ca nhan)|nguoi (?:nop|dung ten|yeu cau|de nghi)|chu ho so|cccd|cmnd|can cuoc|so dinh danh|dinh danh ca nhan|ho chieu|dien thoai|sdt|so dt|dia chi|e-?mail|thu dien tu|ngay sinh|nam sinh)\b/;

function groupOf(segment: string, groups: readonly (readonly [Group, RegExp])[]): Group | null {
  for (const [group, re] of groups) if (re.test(segment)) return group;
  return null;
}

function firstRule(rules: readonly Rule[], text: string): FieldKey | null | undefined {
  for (const [field, re] of rules) if (re.test(text)) return field;
  return undefined;
}

/** The role of one column from its header path (display texts, top-down). */
export function mapPath(path: readonly string[]): ColumnRole {
  const keys = path.map(foldKey).filter((k) => k !== '');
  const leaf = keys[keys.length - 1];
  if (leaf === undefined) return { kind: 'unknown' };
  const joined = keys.join(' > ');

  if (PERSONAL.test(leaf)) return { kind: 'personal' };
  if (RATE_WORD.test(joined) || path.some((p) => p.includes('%'))) return fieldRole(firstRule(RATES, joined));
  if (keys.length === 1) {
    if (INDEX.test(leaf)) return { kind: 'index' };
    if (CODE.test(leaf)) return { kind: 'code' };
    if (LABEL.test(leaf)) return { kind: 'label' };
  }

  const topic = keys.findIndex((k) => groupOf(k, TOPICS) !== null);
  if (topic >= 0) {
    const group = groupOf(keys[topic] ?? '', TOPICS) as Group;
    return fieldRole(firstRule(RULES[group], keys.slice(topic).join(' > ')));
  }
  // Deepest flow heading, extended upwards over headings of the same group.
  for (let i = keys.length - 1; i >= 0; i--) {
    const group = groupOf(keys[i] ?? '', FLOWS);
    if (group === null) continue;
    let start = i;
    while (start > 0 && groupOf(keys[start - 1] ?? '', FLOWS) === group) start--;
    return fieldRole(firstRule(RULES[group], keys.slice(start).join(' > ')));
  }
  return fieldRole(firstRule(UNGROUPED, leaf));
}

function fieldRole(field: FieldKey | null | undefined): ColumnRole {
  return field ? { kind: 'field', fields: [field] } : { kind: 'unknown' };
}

const BARE_RECEIVED = /^(?:so )?(?:ho so )?tiep nhan$/;
const BARE_RESOLVED = /^(?:so )?(?:ho so )?da giai quyet$/;

/**
 * Roles of all columns of one table. Table context settles what a bare
 * "Tiếp nhận"/"Đã giải quyết" means: in a digitisation tracker they are the
 * bases of the digitisation rates (tree F). A field claimed by an earlier
 * column leaves later columns unmapped rather than guessed.
 */
export function mapColumns(paths: readonly (readonly string[])[]): ColumnRole[] {
  const roles = paths.map(mapPath);
  const has = (f: FieldKey) => roles.some((r) => r.kind === 'field' && r.fields.includes(f));
  const digitization = has('digitized') || has('reused') || has('eResult');
  if (digitization) {
    paths.forEach((path, i) => {
      const key = path.length === 1 ? foldKey(path[0] ?? '') : '';
      if (BARE_RECEIVED.test(key)) {
        roles[i] = { kind: 'field', fields: has('reused') ? ['digitizedBase', 'reusedBase'] : ['digitizedBase'] };
      } else if (BARE_RESOLVED.test(key) && has('eResult')) {
        roles[i] = { kind: 'field', fields: ['eResultBase'] };
      }
    });
  }
  const claimed = new Set<FieldKey>();
  return roles.map((role) => {
    if (role.kind !== 'field') return role;
    if (role.fields.some((f) => claimed.has(f))) return { kind: 'unknown' };
    role.fields.forEach((f) => claimed.add(f));
    return role;
  });
}
