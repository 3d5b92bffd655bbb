/**
 * A grid whose headings are abbreviations explained in a note beside it ("Ghi chú: TN: Tiếp nhận; GQ: Đã giải
 * quyết; QH: Quá hạn; …", ASP.NET GridView reports): each heading that the note explains is read as its meaning.
 */
import { cleanText } from './normalize';

/** "TN", "TN TrT/BCCI", "Tổng HS", "Tỷ lệ ĐH": a short key with a capital letter, then ":", then its meaning. */
const PAIR = /(?:^|[;\n]|:\s)\s*([^:;\n]{1,24}?)\s*:\s*([^;:\n]{2,160}?)\s*(?=;|\.\s|\.?$|\n)/g;
/** Two capitals ("TN", "TrH", "Tổng HS"), or one in a key of at most three letters ("Q"). */
const ABBREVIATED = /\p{Lu}.*\p{Lu}|^\p{Lu}\p{L}{0,2}$/u;
/** At least this many explained abbreviations make a note a legend (one "Ghi chú: …" sentence is not). */
const MIN_PAIRS = 3;
const MAX_TEXT = 3000;
const UP_LEVELS = 3;
const SIBLINGS = 3;

function legendIn(text: string): Map<string, string> | null {
  if (text.length > MAX_TEXT) return null;
  const pairs = new Map<string, string>();
  for (const m of cleanText(text).matchAll(PAIR)) {
    const key = cleanText(m[1] ?? '').replace(/^(?:ghi chú|chú thích|viết tắt)\s*/i, '');
    if (key && ABBREVIATED.test(key) && !pairs.has(key)) pairs.set(key, cleanText(m[2] ?? ''));
  }
  return pairs.size >= MIN_PAIRS ? pairs : null;
}

/** The legend just after the grid (or just after a container of it), if any. */
export function legendNear(root: Element): Map<string, string> | null {
  let el: Element | null = root;
  for (let level = 0; el && level <= UP_LEVELS; level++, el = el.parentElement) {
    let next = el.nextElementSibling;
    for (let k = 0; next && k < SIBLINGS; k++, next = next.nextElementSibling) {
      const found = legendIn(next.textContent ?? '');
      if (found) return found;
    }
  }
  return null;
}

/** Header paths with each explained segment read as its meaning ("QH" → "Quá hạn", "Tỷ lệ TT (%)" keeps "(%)"). */
export function expandAbbreviations(paths: readonly string[][], legend: ReadonlyMap<string, string>): string[][] {
  return paths.map((path) =>
    path.map((segment) => {
      const m = /^(.*?)\s*(\([^)]*\))?$/.exec(segment);
      const meaning = legend.get(segment) ?? legend.get(m?.[1] ?? '');
      if (meaning === undefined) return expandWords(segment, legend);
      return m?.[2] && !legend.has(segment) ? `${meaning} ${m[2]}` : meaning;
    }),
  );
}

/**
 * A heading made of abbreviations and words ("HS ĐANG GQ", "Tổng HS TN", "QH ."): each abbreviated word the legend
 * explains is read as its meaning ("hồ sơ ĐANG giải quyết"); the other words stay.
 */
function expandWords(segment: string, legend: ReadonlyMap<string, string>): string {
  return segment
    .split(/(\s+)/)
    .map((word) => {
      const core = word.replace(/[.,;:]+$/, '');
      const meaning = core.length >= 2 && ABBREVIATED.test(core) ? legend.get(core) : undefined;
      return meaning === undefined ? word : word.replace(core, meaning);
    })
    .join('');
}
