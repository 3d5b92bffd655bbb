/**
 * Text normalisation shared by every extraction stage: the one place that
 * decides when two texts are "the same".
 */

const SPACE_RUN = /[\s\u200b]+/g; // \s already covers NBSP and the other Unicode spaces
const MARKS = /\p{Mn}/gu;
const NOTE = /\([^()]*\)/g;
const OPEN_NOTE = /\(.*$/;
const NON_WORD = /[^a-z0-9%]+/g;

/** The text as a clerk reads it: NFC, whitespace (incl. NBSP) collapsed, trimmed. */
export function cleanText(s: string): string {
  return s.normalize('NFC').replace(SPACE_RUN, ' ').trim();
}

/** Lower-case without diacritics, đ → d ("Đã giải quyết" → "da giai quyet"); punctuation kept. */
export function foldDiacritics(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(MARKS, '').replace(/đ/g, 'd');
}

/** Drop parenthesised notes: "Đúng hạn (Bao gồm …)" → "Đúng hạn ". An unclosed "(" drops the rest. */
export function stripNotes(s: string): string {
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
