/**
 * Whose page is this? A page that names a commune-level unit other than the
 * clerk's — in its title, headings, breadcrumb, the table's title rows, a
 * "Đơn vị" label, or the chosen option of a unit selector — is refused
 * whatever its kind. A page naming only a higher level (the city, "Tỉnh …")
 * is not.
 */
import { cleanText, foldDiacritics } from './normalize';
import { clerkKey, sameUnit, unitKey, type UnitKey, type UnitOptions } from './rows';

/** Where a commune-level unit's name starts in folded text: "UBND xã …", "phường …", "X. …". */
const MENTIONS = /(?:^|[^a-z0-9])((?:ubnd |uy ban nhan dan )?(?:xa|phuong|thi tran|dac khu)\s+[a-z0-9]|(?:ubnd )?[xp]\.\s*[a-z0-9])/g;
const SOCIALIST = /xa hoi chu nghia/g;
/** Unit types of the commune level, as unitKey folds them. */
export const COMMUNE_TYPES: ReadonlySet<string> = new Set(['xa', 'phuong', 'thi tran', 'dac khu']);
/** Text after a unit's name: dates, periods, separators, the region. */
// A number of one or two digits ending the name is part of it ("xã Đạ Huoai 2", "Phường 12"); other numbers are figures.
// "Quý IV", "Tháng 11" end a name only with their number: "phường Quy Nhơn Nam" is a name.
const NAME_END = /\s*(?:[-–—,;:()|/›»>·•▾▼⌄\n]|\snam\s+\d|\s(?:thang\s+\d+|quy\s+(?:[ivx]+|[1-4])\b|tu ngay|den ngay|ky bao cao|thanh pho|tinh|tp|so)\b|\s(?!\d{1,2}\s*(?:$|[-–—,;:()|/]))\d).*$/;
const UNIT_SELECT = /don vi|co quan|xa phuong|dia ban|\bunit\b|agency|donvi|coquan/;
const UNIT_LABEL = /^(?:ten )?(?:don vi|co quan)(?: bao cao| thuc hien)?\s*:\s*/;
const MAX_LABEL = 160;
/** A report's letterhead naming its issuing commune, in capitals: "ỦY BAN NHÂN DÂN XÃ HÀM THUẬN BẮC". */
const LETTERHEAD = /^(?:uy ban nhan dan|ubnd)\s+(?:xa|phuong|thi tran|dac khu)(?:\s+\S+){1,5}$/;
/** Custom lists (mat-select, el-select, v-select …) announce themselves to screen readers as comboboxes. */
const MAX_COMBOBOXES = 30;
const MAX_SCANNED = 200;
const LABEL_TAGS = ['label', 'p', 'span', 'div', 'li', 'strong', 'b'];

/**
 * The commune-level unit a text names, as it reads in the text ("xã Bình Giang"), or null. With `own`, the unitKey of
 * the clerk's unit, a name holding a separator of its own is read whole where it is the clerk's (wholeOwnName).
 */
export function unitMention(text: string, own?: UnitKey): string | null {
  const clean = cleanText(text);
  // "Cộng hòa xã hội chủ nghĩa Việt Nam" names no commune (blanked at the same length: indexes still match `clean`).
  const folded = foldDiacritics(clean).replace(SOCIALIST, (m) => '#'.repeat(m.length));
  for (const m of folded.matchAll(MENTIONS)) {
    const start = m.index + (m[0].length - (m[1]?.length ?? 0));
    const named = mentionAt(clean, folded, start, own);
    if (named !== null) return named;
  }
  return null;
}

/**
 * Communes in general, not one: "cấp xã", "các xã", "mỗi xã"; "xã theo khu vực", "xã thuộc cụm …" (also in capitals,
 * where a name's capital letter tells nothing).
 */
const GENERAL_BEFORE = /\b(?:cap|cac|moi|nhung|tung)\s+$/;
const GENERAL_AFTER = /^(?:theo|thuoc|tren|trong|cua|duoc|nao|khac|nay)\b/;

/** The unit named from `start` of `folded` (a commune's type word), as it reads in `clean`; null when none is. */
function mentionAt(clean: string, folded: string, start: number, own: UnitKey | undefined): string | null {
  if (GENERAL_BEFORE.test(folded.slice(Math.max(0, start - 8), start))) return null;
  // Folding keeps lengths for precomposed Vietnamese text, so the folded index finds the display text.
  const rest = folded.slice(start);
  const cut = rest.replace(NAME_END, '');
  const tail = own ? wholeOwnName(rest, cut, own) : cut;
  const key = unitKey(tail);
  const firstWord = key.name.split(' ')[0] ?? '';
  if (!key.type || !COMMUNE_TYPES.has(key.type) || key.name.length < 2 || COMMUNE_TYPES.has(firstWord) || ['xa', 'phuong'].includes(firstWord)) {
    return null;
  }
  if (key.name !== own?.name && GENERAL_AFTER.test(key.name)) return null;
  if (folded.length !== clean.length) return tail;
  // A name is written capitalised ("xã Bình Giang", "XÃ BÌNH GIANG"); "xã có tỉ lệ cao nhất" speaks of communes in
  // general. The clerk's own name counts however it is written.
  const nameAt = start + (TYPE_LEAD.exec(tail)?.[0].length ?? 0);
  const initial = clean.charAt(nameAt);
  if (initial !== initial.toUpperCase() && key.name !== own?.name) return null;
  return clean.slice(start, start + tail.length);
}

/** What stands before a unit's name in a mention: "UBND xã ", "phường ", "X. ". */
const TYPE_LEAD = /^(?:(?:ubnd|uy ban nhan dan)\s+)?(?:xa|phuong|thi tran|dac khu|[xp]\.)\s*/;

/** How far past the cut a unit's own name is looked for. */
const MAX_NAME_RUN = 40;

/**
 * Since the 2025 mergers a commune's name may hold a separator ("xã Chân Mây - Lăng Cô", "phường Xuân Hương - Đà
 * Lạt"), where a name read from a page is otherwise cut ("xã Tân Lập - Huyện Đan Phượng"). `rest` is the folded text
 * from the name on and `cut` the name as cut: where `rest` goes on with the rest of the clerk's name, and no word
 * after it makes another unit's name, the whole of it.
 */
function wholeOwnName(rest: string, cut: string, own: UnitKey): string {
  if (!own.name.startsWith(`${unitKey(cut).name} `)) return cut;
  for (const word of rest.slice(0, cut.length + MAX_NAME_RUN).matchAll(/[a-z0-9]+/g)) {
    const end = word.index + word[0].length;
    if (end <= cut.length) continue;
    const name = unitKey(rest.slice(0, end)).name;
    if (name === own.name) return SIBLING_WORD.test(rest.slice(end).trimStart()) ? cut : rest.slice(0, end);
    if (!own.name.startsWith(name)) break;
  }
  return cut;
}

/**
 * A line heading one unit's table: "3. Đơn vị: UBND xã Hoằng Thanh", "II. UBND PHƯỜNG AN BIÊN", "Xã Bình Giang", or a
 * title naming it after "đơn vị"/"của": "TỔNG HỢP TÌNH HÌNH GIẢI QUYẾT HỒ SƠ ĐƠN VỊ Xã Thiên Lộc".
 */
const UNIT_HEADING =
  /^(?:[\divx]+[.)]\s*)?(?:(?:ten )?(?:don vi|co quan)\s*:\s*)?(?:ubnd |uy ban nhan dan )?(?:xa|phuong|thi tran|dac khu)\s|\b(?:don vi|cua)\s*:?\s+(?:ubnd |uy ban nhan dan )?(?:xa|phuong|thi tran|dac khu)\s/;

/** The unit a line heading a table names, when the line is such a heading; null otherwise. */
export function unitHeading(line: string, own?: UnitKey): string | null {
  return UNIT_HEADING.test(foldDiacritics(cleanText(line))) ? unitMention(line, own) : null;
}

/** Tags whose text is not what a label says: a list's every option, code. The chosen option is read on its own. */
const NOT_LABEL_TEXT = new Set(['SELECT', 'DATALIST', 'SCRIPT', 'STYLE', 'TEMPLATE']);

/** An element's text without the text of the lists and code inside it ("Đơn vị: <select>…</select>" says "Đơn vị:"). */
function labelText(el: Element): string {
  // A line break ends a line: "<b>UBND XÃ TÂN HIỆP</b><br>BỘ PHẬN MỘT CỬA" is two lines, not "TÂN HIỆPBỘ PHẬN".
  if (!Array.from(el.children).some((c) => NOT_LABEL_TEXT.has(c.tagName) || c.tagName === 'BR')) return el.textContent ?? '';
  return Array.from(el.childNodes, (n) => {
    if (n.nodeType !== 1) return n.textContent ?? '';
    const tag = (n as Element).tagName;
    return tag === 'BR' ? '\n' : NOT_LABEL_TEXT.has(tag) ? ' ' : labelText(n as Element);
  }).join('');
}

/** What names a select: its labels, aria-label, name and id, and (unless `named` only) its first option, a placeholder. */
function selectLabel(select: HTMLSelectElement, named = false): string {
  const labels = Array.from(select.labels ?? [], labelText).join(' ');
  return foldDiacritics(`${labels} ${select.getAttribute('aria-label') ?? ''} ${select.name} ${select.id} ${named ? '' : (select.options[0]?.text ?? '')}`);
}

/** What names a custom list: its aria-label, the elements it is labelled by, its placeholder, a label beside it or for it. */
function comboboxLabel(doc: Document, box: Element): string {
  const by = (box.getAttribute('aria-labelledby') ?? '').split(/\s+/).map((id) => (id ? (doc.getElementById(id)?.textContent ?? '') : ''));
  const near = box.parentElement?.parentElement?.querySelector('label')?.textContent ?? '';
  const labels = box.localName === 'input' ? Array.from((box as HTMLInputElement).labels ?? [], (l) => l.textContent ?? '') : [];
  return [box.getAttribute('aria-label') ?? '', ...by, box.getAttribute('placeholder') ?? '', near, ...labels].join(' ');
}

/** An element's text without its icons (`aria-hidden`: a Material icon's ligature "arrow_drop_down" is no word). */
function textWithoutIcons(el: Element): string {
  let text = '';
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) text += n.textContent ?? '';
    else if (n.nodeType === 1 && (n as Element).getAttribute('aria-hidden') !== 'true') text += ` ${textWithoutIcons(n as Element)}`;
  }
  return text;
}

/** The choice a custom list shows: its text, or an input's value, else the text of the box around the input. */
export function comboboxChoice(box: Element): string {
  if (box.localName !== 'input') return textWithoutIcons(box);
  const value = (box as HTMLInputElement).value;
  const around = box.parentElement?.parentElement;
  return value || (around ? textWithoutIcons(around) : '');
}

/** What the page's selectors labelled as `label` says (native lists and custom comboboxes) have chosen. */
function choicesOf(doc: Document, label: RegExp): string[] {
  const chosen: string[] = [];
  for (const select of Array.from(doc.getElementsByTagName('select'))) {
    const option = select.options[select.selectedIndex];
    if (option && label.test(selectLabel(select))) chosen.push(option.text);
  }
  for (const box of Array.from(doc.querySelectorAll('[role="combobox"]')).slice(0, MAX_COMBOBOXES)) {
    if (label.test(foldDiacritics(comboboxLabel(doc, box)))) chosen.push(comboboxChoice(box));
  }
  return chosen;
}

/** What the page's unit selectors have chosen. */
const unitChoices = (doc: Document): string[] => choicesOf(doc, UNIT_SELECT);

/** A selector of the province: "Tỉnh/Thành phố", "Tỉnh, thành phố", "Chọn tỉnh". */
const PROVINCE_SELECT = /^\s*(?:chon\s+)?tinh\b/;
/** A province chosen: "Tỉnh Phú Thọ", "Thành phố Hải Phòng" (not "-- Chọn tỉnh --", not "Tất cả"). */
const PROVINCE_CHOICE = /^(?:tinh|thanh pho)\s+([a-z]+(?:\s[a-z]+){0,3})$/;

/**
 * A body above the commune: "Trung tâm Phục vụ hành chính công tỉnh …", "UBND thành phố …", a department first
 * ("Sở Tư pháp", "Cục …", "Bộ …", not "Bộ phận Một cửa", the commune's own desk).
 */
const HIGHER_BODY = /\b(?:tinh|thanh pho)\s+\S|^(?:so|cuc|bo)\s+(?!phan\b)\S/;

/**
 * A body above the commune chosen in the page's unit selector (its figures are that body's, not the clerk's), as the
 * selector shows it; null when the choice is the clerk's, a commune (otherUnit) or every unit.
 */
export function higherBodyChosen(doc: Document, opts: UnitOptions): string | null {
  const clerk = clerkKey(opts);
  if (sameUnit(clerk, unitKey(opts.cityName))) return null;
  for (const choice of unitChoices(doc)) {
    const text = cleanText(choice);
    const folded = foldDiacritics(text);
    if (text === '' || ALL_UNITS.test(folded) || unitMention(text, clerk) !== null) continue;
    if (HIGHER_BODY.test(folded)) return text;
  }
  return null;
}

/** Texts of the page that say whose data it shows (not the menu, not the signed-in user's box). */
export function unitTexts(doc: Document, gridTitles: readonly string[]): string[] {
  const texts = [doc.title, ...gridTitles];
  for (const tag of ['h1', 'h2', 'h3', 'h4', 'caption']) {
    // A heading's lines split at <br>: "… CỦA UBND XÃ VĨNH BẢO<br>Thống kê từ …" names xã Vĩnh Bảo, not "Vĩnh BảoThống kê".
    for (const el of Array.from(doc.getElementsByTagName(tag)).slice(0, 10)) texts.push(labelText(el));
  }
  // Breadcrumbs, named so for assistive technology or by the class every design system gives them ("breadcrumb").
  for (const nav of Array.from(doc.querySelectorAll('[aria-label], [class*="breadcrumb" i]')).slice(0, 50)) {
    const named = /breadcrumb|duong dan/.test(foldDiacritics(nav.getAttribute('aria-label') ?? ''));
    // The list itself, not each of its items (whose classes say "breadcrumb" too).
    const classed = /breadcrumb/i.test(nav.getAttribute('class') ?? '') && !/breadcrumb/i.test(nav.parentElement?.getAttribute('class') ?? '');
    if (named || (classed && nav.children.length > 1)) texts.push(...Array.from(nav.children, (c) => c.textContent ?? ''));
  }
  texts.push(...unitChoices(doc));
  // Live collections, read only as far as the cap: a page holding a 20,000-row table is not walked whole.
  for (const tag of LABEL_TAGS) {
    const els = doc.getElementsByTagName(tag);
    for (let i = 0; i < els.length && i < MAX_SCANNED; i++) {
      const el = els[i] as Element;
      if (el.childElementCount > 2) continue;
      const raw = labelText(el);
      if (raw.length > MAX_LABEL) continue;
      const text = cleanText(raw);
      const folded = foldDiacritics(text);
      if (UNIT_LABEL.test(folded)) texts.push(text.replace(/^[^:]*:\s*/, ''));
      else if (LETTERHEAD.test(folded) && text === text.toUpperCase()) texts.push(text);
    }
  }
  return texts;
}

/**
 * A word after a unit's name that makes another unit's name: "xã Hàm Thuận Bắc", "xã Tân Hưng Đông", "Phường 2".
 * Any other word after it is the page's own text run on ("xã Bình Giang Kỳ thống kê:", "xã Bình Giang huyện …").
 */
const SIBLING_WORD = /^(?:bac|nam|dong|tay|trung|thuong|ha|\d+|[ivx]+)\b/;

/**
 * Whether a unit that a text names (a unitMention) is another than the clerk's, `clerk` being the unitKey of the
 * clerk's unit name: not the same unit, nor the clerk's name with text run on after it — unless that text makes
 * another unit's name ("xã Hàm Thuận Bắc" is not "xã Hàm Thuận"). The Excel import applies it to the unit an
 * export's title names.
 */
export function isOtherUnit(mention: string, clerk: UnitKey): boolean {
  const key = unitKey(mention);
  if (sameUnit(key, clerk)) return false;
  const rest = key.name.startsWith(`${clerk.name} `) ? key.name.slice(clerk.name.length + 1) : null;
  return !(rest !== null && !SIBLING_WORD.test(rest) && (clerk.type === null || key.type === clerk.type));
}

/** Whether the page says its figures are the clerk's unit's: its unit selector, a heading, its letterhead name it. */
export function namesClerk(doc: Document, gridTitles: readonly string[], opts: UnitOptions): boolean {
  const clerk = clerkKey(opts);
  return clerk.name !== '' && unitTexts(doc, gridTitles).some((text) => {
    const mention = unitMention(text, clerk);
    return mention !== null && !isOtherUnit(mention, clerk);
  });
}

/**
 * A list of units that has the clerk's among its items ("Khu vực phường Ninh Kiều, Cái Khế, Tân An, An Bình", a
 * cluster chosen in a selector): the page is of all of them, the clerk's row among them, not another unit's.
 */
function listsClerk(text: string, clerk: UnitKey): boolean {
  const items = foldDiacritics(cleanText(text)).split(/\s*[,;]\s*|\s+va\s+/);
  return items.length > 1 && items.some((item) => ` ${item.replace(/[^a-z0-9]+/g, ' ').trim()}`.endsWith(` ${clerk.name}`));
}

/** The other unit a page names (display text), or null when it names none or only the clerk's. */
export function otherUnit(doc: Document, gridTitles: readonly string[], opts: UnitOptions): string | null {
  const clerk = clerkKey(opts);
  if (clerk.name === '') return null;
  for (const text of unitTexts(doc, gridTitles)) {
    if (/don vi nhan bao cao/.test(foldDiacritics(text)) || listsClerk(text, clerk)) continue;
    const mention = unitMention(text, clerk);
    if (mention !== null && isOtherUnit(mention, clerk)) return mention;
  }
  return null;
}

/**
 * A province's or a city's own letterhead or system name as the whole of a short text: "ỦY BAN NHÂN DÂN TỈNH ĐỒNG
 * NAI", "Hệ thống thông tin giải quyết TTHC tỉnh Đồng Nai", "Cổng Dịch vụ công thành phố Hải Phòng".
 */
const PROVINCE_OWNER =
  /^(?:uy ban nhan dan|ubnd|he thong thong tin giai quyet (?:thu tuc hanh chinh|tthc)|cong dich vu cong)\s+((?:tinh|thanh pho)\s+[a-z]+(?:\s[a-z]+){0,3})$/;

const TITLE_PARTS = /\s+[|–—-]\s+/;

/** The text of an element's own text nodes, not of its children. */
function ownText(el: Element): string {
  let text = '';
  for (let node = el.firstChild; node; node = node.nextSibling) if (node.nodeType === 3) text += node.textContent ?? '';
  return text;
}

/**
 * The province or city whose system the page is, when the page names one as its owner and it is not the clerk's
 * ("ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI" over a table of xã Tân An, for xã Tân An of Vĩnh Long: a namesake in another
 * province). Null when it names none, several, or the clerk's own.
 */
export function otherProvince(doc: Document, opts: UnitOptions): string | null {
  const city = unitKey(opts.cityName);
  if (city.name === '' || sameUnit(clerkKey(opts), city)) return null;
  const owners = new Map<string, string>();
  for (const tag of ['title', 'h1', 'h2', 'h3', ...LABEL_TAGS]) {
    const els = doc.getElementsByTagName(tag);
    for (let i = 0; i < els.length && i < MAX_SCANNED; i++) {
      const el = els[i] as Element;
      // A heading's own words beside a subtitle in a child ("<h1>CỔNG DỊCH VỤ CÔNG TỈNH X<small>…</small></h1>"); a
      // title's parts ("Thống kê … | Cổng Dịch vụ công tỉnh X").
      const raw = el.childElementCount === 0 ? (el.textContent ?? '') : ownText(el);
      if (raw.length > MAX_LABEL || raw.length < 8) continue;
      for (const part of tag === 'title' ? raw.split(TITLE_PARTS) : [raw]) {
        const text = cleanText(part);
        const m = PROVINCE_OWNER.exec(foldDiacritics(text).replace(/[.:]+$/, ''));
        const owner = m?.[1] ? unitKey(m[1]) : null;
        if (owner) owners.set(owner.name, text.slice(text.length - (m?.[1]?.length ?? 0)));
      }
    }
  }
  // The province a selector has chosen: the page is of that province's units ("Tỉnh/Thành phố: Tỉnh Phú Thọ").
  for (const choice of choicesOf(doc, PROVINCE_SELECT)) {
    const text = cleanText(choice);
    if (PROVINCE_CHOICE.test(foldDiacritics(text))) owners.set(unitKey(text).name, text);
  }
  const [only] = owners.keys();
  return owners.size === 1 && only !== undefined && only !== city.name ? (owners.get(only) ?? null) : null;
}

/** A unit selector's choice of every unit: "Tất cả", "-- Tất cả đơn vị --", "Toàn thành phố", "-- Chọn cơ quan --". */
const ALL_UNITS = /^-*\s*(?:tat ca|toan (?:thanh pho|tinh|xa|bo)|chon (?:don vi|co quan))\b/;

/** A unit selector's choice of the whole province or city: "-- Toàn tỉnh --", "Toàn thành phố". */
const WHOLE_PROVINCE = /^-*\s*toan (?:thanh pho|tinh)\b/;

/**
 * What the page's unit selector says of the figures: 'whole' when it is set to the whole province or city ("-- Toàn
 * tỉnh --"); 'all' when it is left at "Tất cả" while it offers other communes (the figures shown may be of many units;
 * a selector offering only the clerk's unit besides "Tất cả" says nothing: "all" is then the clerk's unit); else null.
 */
export function unitsChosen(doc: Document, opts: UnitOptions): 'whole' | 'all' | null {
  const clerk = clerkKey(opts);
  for (const select of Array.from(doc.getElementsByTagName('select'))) {
    const chosen = select.options[select.selectedIndex];
    const text = chosen ? foldDiacritics(cleanText(chosen.text)) : '';
    if (!chosen || !UNIT_SELECT.test(selectLabel(select)) || !ALL_UNITS.test(text)) continue;
    if (WHOLE_PROVINCE.test(text)) return 'whole';
    const others = Array.from(select.options).filter((o) => {
      const mention = unitMention(o.text, clerk);
      return mention !== null && !sameUnit(unitKey(mention), clerk);
    });
    if (others.length > 0) return 'all';
  }
  return null;
}

/** A list's placeholder offering procedures or fields of work: "-- Chọn thủ tục --", "Tất cả lĩnh vực". */
const WORK_PLACEHOLDER = /^[-\s]*(?:chon|tat ca)\b.*(?:thu ?tuc|tthc|linh ?vuc)/;
/** A form field or chip choosing part of the unit's work: one procedure, one field of work (folded label, name, id). */
const WORK_PART = /thu ?tuc|tthc|linh ?vuc/;
/** "Thủ tục: 1.001193 — Đăng ký khai sinh", "Lĩnh vực: Hộ tịch": a filter chip. */
const WORK_CHIP = /^(?:thu tuc(?: hanh chinh)?|tthc|linh vuc)\s*[:：]\s*(.+)$/;
/** A choice of everything: "-- Tất cả lĩnh vực --", "Chọn thủ tục", "All". */
const EVERY = /^[-\s]*(?:tat ca|chon\b|all\b)|^[-\s]*$/;
const MAX_CHIP = 120;

/** A control's whole text when it closes or removes something: "✕", "×", "x". */
const CLOSE_MARK = /^[✕×✖⨯xX🗙]$/u;

/** Whether an element stands beside a control that removes it (a filter chip's ×: a button, an icon, a focusable mark). */
const removable = (el: Element): boolean =>
  Array.from(el.parentElement?.children ?? []).some(
    (c) =>
      c !== el &&
      (c.localName === 'button' || c.getAttribute('role') === 'button' || c.localName === 'svg' || c.hasAttribute('tabindex') || CLOSE_MARK.test((c.textContent ?? '').trim())),
  );

/**
 * What a page's figures are filtered to when it is part of the unit's work: a procedure or a field of work chosen in
 * its search form, or shown as a removable filter chip ("Thủ tục: 1.001193 — Thủ tục đăng ký khai sinh ×"). Its
 * totals are then that part's, never the unit's. Null when nothing narrows them.
 */
export function workPartChosen(doc: Document): string | null {
  for (const select of Array.from(doc.getElementsByTagName('select'))) {
    const chosen = select.options[select.selectedIndex];
    const text = chosen ? cleanText(chosen.text) : '';
    // Named for a procedure or field of work, or offering one as its placeholder ("-- Chọn lĩnh vực --"): not a list
    // whose options merely speak of procedures ("Báo cáo … cải cách thủ tục hành chính", a report type).
    const named = WORK_PART.test(selectLabel(select, true)) || WORK_PLACEHOLDER.test(foldDiacritics(cleanText(select.options[0]?.text ?? '')));
    if (chosen && named && !EVERY.test(foldDiacritics(text))) return text;
  }
  for (const tag of LABEL_TAGS) {
    const els = doc.getElementsByTagName(tag);
    for (let i = 0; i < els.length && i < MAX_SCANNED; i++) {
      const el = els[i] as Element;
      const raw = el.childElementCount === 0 ? (el.textContent ?? '') : '';
      if (raw.length > MAX_CHIP || !raw.includes(':')) continue;
      const text = cleanText(raw);
      const m = WORK_CHIP.exec(foldDiacritics(text));
      if (m && !EVERY.test(m[1] ?? '') && removable(el)) return text;
    }
  }
  return customWorkPart(doc);
}

/** A label naming a procedure or a field of work: "Thủ tục hành chính", "Lĩnh vực". */
const WORK_LABEL = /^(?:thu tuc(?: hanh chinh)?|tthc|linh vuc)\s*:?$/;
/** A procedure's code as the catalogue writes it: "1.001193". */
const PROCEDURE_CODE = /\b\d\.\d{6}\b/;

/**
 * A custom list beside its label ("<label>Thủ tục hành chính</label><div>1.001193 - … <span>✕</span></div>") showing
 * what it has chosen: only a choice it offers to clear, or a procedure's code, is one (never a placeholder).
 */
function customWorkPart(doc: Document): string | null {
  const labels = doc.getElementsByTagName('label');
  for (let i = 0; i < labels.length && i < MAX_SCANNED; i++) {
    const label = labels[i] as Element;
    const box = label.nextElementSibling;
    if (!box || box.localName === 'select' || box.localName === 'input' || !WORK_LABEL.test(foldDiacritics(cleanText(label.textContent ?? '')))) continue;
    const value = box.firstElementChild;
    const text = cleanText(value?.textContent ?? '');
    if (!value || text === '' || text.length > MAX_CHIP || EVERY.test(foldDiacritics(text))) continue;
    if (removable(value) || PROCEDURE_CODE.test(text)) return text;
  }
  return null;
}
