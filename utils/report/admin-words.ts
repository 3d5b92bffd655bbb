/**
 * Short administrative words used inside sentences: "trên địa bàn xã",
 * "Hệ thống giải quyết TTHC của thành phố".
 */

/** Longest first, so "thị trấn" is not read as something shorter. */
const UNIT_KINDS = ['đặc khu', 'thị trấn', 'phường', 'xã'] as const;

function normalise(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase().replace(/^(ubnd|ủy ban nhân dân|uỷ ban nhân dân) /, '');
}

/** "xã Bình Giang" → "xã", "Phường Lê Chân" → "phường", "đặc khu Cát Hải" → "đặc khu"; otherwise the name itself. */
export function unitWord(unitName: string): string {
  const name = normalise(unitName);
  return UNIT_KINDS.find((kind) => name.startsWith(`${kind} `)) ?? unitName.normalize('NFC').trim();
}

/** "tỉnh Thanh Hóa" → "tỉnh"; anything else (e.g. "thành phố Hải Phòng") → "thành phố". */
export function cityWord(cityName: string): string {
  return normalise(cityName).startsWith('tỉnh ') ? 'tỉnh' : 'thành phố';
}

/** The unit's own name without "UBND" or its kind: "xã Bình Giang" → "Bình Giang" (the place in "Bình Giang, ngày …"). */
export function unitPlace(unitName: string): string {
  const name = unitName.normalize('NFC').trim().replace(/\s+/g, ' ').replace(/^(ubnd|ủy ban nhân dân|uỷ ban nhân dân) /i, '');
  const kind = UNIT_KINDS.find((k) => name.toLowerCase().startsWith(`${k} `));
  return kind ? name.slice(kind.length + 1) : name;
}
