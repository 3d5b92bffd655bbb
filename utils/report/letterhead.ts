/**
 * The parts of the report around the body, laid out per Nghị định
 * 30/2020/NĐ-CP (Phụ lục I): the issuing body and the national motto side by
 * side, the number and the place-and-date line below them; at the end
 * "Nơi nhận" on the left and the signature on the right.
 */
import type { ReportPeriod, Settings, Signer } from '../domain/types';
import { layoutBlock, type Block, type TextStyle } from './blocks';
import { parseIsoDate } from '../domain/period';
import { unitPlace } from './admin-words';

export const DEFAULT_SIGNER: Signer = { role: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: '' };

const upper = (text: string): string => text.normalize('NFC').trim().toLocaleUpperCase('vi');
const withoutUbnd = (name: string): string => name.trim().replace(/^(ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+/i, '');

const centred = (text: string, style: TextStyle = {}): Block => ({ kind: 'para', text, style: { align: 'center', ...style } });

/** NĐ 30: days below 10 and the months 1 and 2 take a leading zero ("tháng 02", but "tháng 3"). */
const monthOfDateLine = (m: number): string => (m <= 2 ? `0${m}` : String(m));

/** "Bình Giang, ngày    tháng 02 năm 2026": the day is left blank for the signer, the month is the period's last. */
export function placeDateLine(period: ReportPeriod, settings: Pick<Settings, 'unitName'>): string {
  const { y, m } = parseIsoDate(period.to);
  return `${unitPlace(settings.unitName)}, ngày    tháng ${monthOfDateLine(m)} năm ${y}`;
}

/** The parent body's line above the committee's name: the setting as given (upper-cased), '' for none, absent → "UBND <CITY>". */
export function parentBodyLine(settings: Pick<Settings, 'cityName' | 'parentBody'>): string {
  return settings.parentBody === undefined ? `UBND ${upper(settings.cityName)}` : upper(settings.parentBody);
}

/** Lengths of the short rules of Phụ lục I: a third to a half of the issuer's line, the whole motto line. */
const ISSUER_RULE_MM = 22;
const MOTTO_RULE_MM = 62;

export function letterheadBlock(period: ReportPeriod, settings: Pick<Settings, 'unitName' | 'cityName' | 'parentBody'>): Block {
  // The unit's name on its own line, as commune letterheads set it. Sizes at the small end of Phụ lục I's ranges (12–13 pt, motto line 2: 13–14 pt) so each line fits its column.
  const parent = parentBodyLine(settings);
  const issuer = [
    ...(parent ? [centred(parent, { sizePt: 12 })] : []),
    centred(`ỦY BAN NHÂN DÂN\n${upper(withoutUbnd(settings.unitName))}`, { sizePt: 12, bold: true }),
    { kind: 'rule', widthMm: ISSUER_RULE_MM } as const,
  ];
  const motto = [
    centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { sizePt: 12, bold: true }),
    centred('Độc lập - Tự do - Hạnh phúc', { sizePt: 13, bold: true }),
    { kind: 'rule', widthMm: MOTTO_RULE_MM } as const,
  ];
  // The motto needs the wider column; the table reaches 10 mm into the 30 mm left margin, as Word templates of Phụ lục I do.
  return layoutBlock(
    [
      [issuer, motto],
      [[centred('Số:    /BC-UBND', { sizePt: 13 })], [centred(placeDateLine(period, settings), { italic: true })]],
    ],
    { widths: [42, 58], widenLeftMm: 10 },
  );
}

/** "Nơi nhận" (recipients one per line, as the clerk wrote them) beside the signature. */
export function signatureBlock(recipients: string, signer: Signer = DEFAULT_SIGNER): Block {
  const left: Block[] = [
    { kind: 'para', text: 'Nơi nhận:', style: { align: 'left', bold: true, italic: true, sizePt: 12 } },
    { kind: 'para', text: recipients.trim(), style: { align: 'left', sizePt: 11 } },
  ];
  const right: Block[] = [centred([signer.role, signer.title].map(upper).filter(Boolean).join('\n'), { bold: true })];
  if (signer.name.trim()) right.push(centred(signer.name.trim(), { bold: true, spaceBeforePt: 60 }));
  return layoutBlock([[left, right]]);
}
