/**
 * Section 3.2 "Kết quả giải quyết TTHC": the dossier counts sentence and the
 * six indicator lines. With the seed's numbers it reproduces the seed text
 * exactly (tests/unit/report/fixtures/seed-section32.txt).
 */
import type { FieldKey } from '../../types';
import { cityWord, unitWord } from '../admin-words';
import { FIELD_LABELS } from '../field-labels';
import { sumOf } from '../figures';
import { formatCount, formatPercent } from '../format';
import type { IndicatorKey } from '../indicators';
import type { Block } from '../blocks';
import type { ReportContext, ReportSection, SectionResult } from './types';

/**
 * How each indicator line ends. The seed is inconsistent and is copied as is:
 * the online, on-time and payment lines end with ".", the other three have no
 * full stop; only the online line says whose target it is ("thành phố giao").
 */
const LINE_WORDING: Record<IndicatorKey, { targetBy: 'city' | 'none'; end: '.' | '' }> = {
  online: { targetBy: 'city', end: '.' },
  onTime: { targetBy: 'none', end: '.' },
  digitized: { targetBy: 'none', end: '' },
  reused: { targetBy: 'none', end: '' },
  paknSatisfied: { targetBy: 'none', end: '' },
  payment: { targetBy: 'none', end: '.' },
};

/** The seed's two groups: the city's and the ministries' systems, then the city's system alone. */
const BOTH_SYSTEMS: readonly IndicatorKey[] = ['online', 'onTime', 'digitized'];
const CITY_SYSTEM: readonly IndicatorKey[] = ['reused', 'paknSatisfied', 'payment'];

function build({ figures, indicators, settings }: ReportContext): SectionResult {
  const values = figures.values;
  const missing = new Set<string>();
  const city = cityWord(settings.cityName);

  /** A printed count (a sum when several fields); missing parts are noted for the warning list. */
  const count = (...keys: FieldKey[]): string => {
    const n = sumOf(values, keys);
    if (n === null) for (const key of keys) if (values[key] == null) missing.add(FIELD_LABELS[key]);
    return formatCount(n);
  };
  /** Optional clause, said only when the count is above zero (absent or 0 reads as the seed). */
  const ifAny = (key: FieldKey, clause: (n: string) => string): string => ((values[key] ?? 0) > 0 ? clause(count(key)) : '');

  const line = (key: IndicatorKey): Block => {
    const indicator = indicators[key];
    if (indicator.status === 'Thiếu số liệu') missing.add(indicator.label);
    const { targetBy, end } = LINE_WORDING[key];
    const target = `chỉ tiêu ${targetBy === 'city' ? `${city} ` : ''}giao tối thiểu đạt ${formatPercent(indicator.target)}`;
    return { kind: 'bullet', text: `${indicator.label}: ${indicator.text} (${target})${end}` };
  };

  const online = indicators.online;
  const onlineRate = online.status === 'Không phát sinh' ? '' : `, đạt tỷ lệ ${online.text}`;
  const received =
    `Tổng số hồ sơ trên địa bàn ${unitWord(settings.unitName)} đã tiếp nhận là ${count('receivedNew')} hồ sơ ` +
    `(trong đó, tiếp nhận trực tuyến ${count('receivedOnline')} hồ sơ${onlineRate})` +
    `${ifAny('carriedOver', (n) => `; kỳ trước chuyển sang ${n} hồ sơ`)}.`;
  const resolved =
    `Số lượng hồ sơ đã giải quyết: ${count('resolvedTotal')} hồ sơ, ` +
    `trong đó, giải quyết trước, đúng hạn ${count('resolvedEarly', 'resolvedOnTime')} hồ sơ` +
    `${ifAny('resolvedLate', (n) => `, giải quyết quá hạn ${n} hồ sơ`)}` +
    `, hồ sơ đang giải quyết ${count('inProgressTotal')} hồ sơ` +
    `${ifAny('inProgressOverdue', (n) => ` (trong đó, quá hạn ${n} hồ sơ)`)}.`;

  const blocks: Block[] = [
    { kind: 'heading', text: `${section32.id}. ${section32.title}` },
    {
      kind: 'para',
      text: `Theo ghi nhận tại Hệ thống giải quyết TTHC của ${settings.cityName} và Hệ thống giải quyết TTHC của các Bộ:`,
    },
    { kind: 'para', text: `${received} ${resolved}` },
    ...BOTH_SYSTEMS.map(line),
    { kind: 'para', text: `Theo dữ liệu ghi nhận tại Hệ thống giải quyết TTHC của ${city}:` },
    ...CITY_SYSTEM.map(line),
  ];
  return { blocks, missing: [...missing] };
}

export const section32: ReportSection = { id: '3.2', title: 'Kết quả giải quyết TTHC', build };
