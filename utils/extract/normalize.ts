/**
 * Text normalisation shared by every extraction stage: the one place that
 * decides when two texts are "the same".
 *
 * Every function has a fast path for the text portals actually show (ASCII,
 * precomposed Vietnamese letters) that gives exactly what the general path
 * (`normalize` + regular expressions) gives, and falls back to it for any
 * other character; tests/unit/extract/fast-paths.test.ts checks the two
 * agree.
 */

const SPACE_RUN = /[\s\u200b]+/g; // \s already covers NBSP and the other Unicode spaces
const MARKS = /\p{Mn}/gu;
const NOTE = /\([^()]*\)/g;
const OPEN_NOTE = /\(.*$/;
const NON_WORD = /[^a-z0-9%]+/g;

/**
 * Characters with a per-character fast path: ASCII, Latin-1 Supplement to
 * Latin Extended-B (U+0080–U+024F) and Latin Extended Additional
 * (U+1E00–U+1EFF, the precomposed Vietnamese letters). Combining marks
 * (U+0300–U+036F) are not among them: they take the general path.
 */
const FAST_LIMIT = 0x1f00;
const isFastRange = (code: number) => code < 0x250 || (code >= 0x1e00 && code < FAST_LIMIT);

/** 1: the character is NFC on its own and no white space; 2: it is not; 0: not yet known. */
const cleanClass = new Uint8Array(FAST_LIMIT);
/** Folded form of one character (`slowFold`) when it is one character; NOT_ONE when not; 0: not yet known. */
const foldedCode = new Uint16Array(FAST_LIMIT);
const NOT_ONE = 0xffff; // a noncharacter: no letter folds to it
/** Longest text folded through the buffer (one `String.fromCharCode` call, far below any engine's limit on arguments). */
const FOLD_BUFFER = 4096;
let buffer: Uint16Array | undefined;

/** The text as a clerk reads it: NFC, whitespace (incl. NBSP) collapsed, trimmed. */
export function cleanText(s: string): string {
  // Fast path: text that is already clean (every character NFC on its own and
  // not a combining mark, single spaces between words) comes back as it is.
  const last = s.length - 1;
  for (let i = 0; i <= last; i++) {
    const code = s.charCodeAt(i);
    if (code > 0x20 && code < 0x7f) continue;
    if (code === 0x20) {
      if (i === 0 || i === last || s.charCodeAt(i - 1) === 0x20) return slowClean(s);
      continue;
    }
    if (code < 0x80 || !isFastRange(code)) return slowClean(s);
    let known = cleanClass[code];
    if (known === 0) {
      const ch = String.fromCharCode(code);
      known = ch.normalize('NFC') === ch && slowClean(ch) === ch ? 1 : 2;
      cleanClass[code] = known;
    }
    if (known !== 1) return slowClean(s);
  }
  return s;
}

function slowClean(s: string): string {
  return s.normalize('NFC').replace(SPACE_RUN, ' ').trim();
}

/** Lower-case without diacritics, đ (and look-alike ð) → d ("Đã giải quyết" → "da giai quyet"); punctuation kept. */
export function foldDiacritics(s: string): string {
  // Fast path: ASCII lower-cased, other characters of the fast range folded
  // one by one (lower-casing, NFD and dropping the marks act on each character
  // alone there) when each folds to one character; any other text folds the
  // general way.
  const n = s.length;
  let i = 0;
  while (i < n && s.charCodeAt(i) < 0x80) i++;
  if (i === n) return s.toLowerCase();
  if (n > FOLD_BUFFER) return slowFold(s);
  const out = (buffer ??= new Uint16Array(FOLD_BUFFER));
  for (i = 0; i < n; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x80) {
      out[i] = code >= 65 && code <= 90 ? code + 32 : code;
      continue;
    }
    if (!isFastRange(code)) return slowFold(s);
    let folded = foldedCode[code] ?? NOT_ONE;
    if (folded === 0) {
      const f = slowFold(String.fromCharCode(code));
      folded = f.length === 1 ? f.charCodeAt(0) : NOT_ONE;
      foldedCode[code] = folded;
    }
    if (folded === NOT_ONE) return slowFold(s);
    out[i] = folded;
  }
  return String.fromCharCode.apply(null, out.subarray(0, n) as unknown as number[]);
}

/** đ, and its look-alike ð (Latin eth, U+00F0; capital Ð U+00D0) that some portals type for Đ. */
const D_LETTERS = /[đð]/g;

function slowFold(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(MARKS, '').replace(D_LETTERS, 'd');
}

/** Drop parenthesised notes: "Đúng hạn (Bao gồm …)" → "Đúng hạn ". An unclosed "(" drops the rest. */
export function stripNotes(s: string): string {
  if (!s.includes('(')) return s; // nothing to drop (a lone ")" stays either way)
  let out = s;
  for (let prev = ''; prev !== out; ) {
    prev = out;
    out = out.replace(NOTE, ' '); // repeated for nested notes
  }
  return out.replace(OPEN_NOTE, ' ');
}

/**
 * Matching key for header and row texts: notes stripped, diacritic-free,
 * lower-case, punctuation turned into single spaces
 * ("Trực tiếp, dịch vụ bưu chính" → "truc tiep dich vu buu chinh").
 */
export function foldKey(s: string): string {
  return foldDiacritics(stripNotes(s)).replace(NON_WORD, ' ').trim();
}

/**
 * `foldKey` of a text already folded by `foldDiacritics`: stripping notes and
 * folding commute (folding neither adds nor removes brackets or line breaks,
 * and is idempotent), so a caller that needs both the folded text and the key
 * folds once.
 */
export function keyOfFolded(folded: string): string {
  return stripNotes(folded).replace(NON_WORD, ' ').trim();
}
