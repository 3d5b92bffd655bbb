/**
 * The Options form's checks, field by field, so each message sits next to
 * its field: numbers are kept as the clerk typed them until they are saved,
 * so an empty or "abc" target is refused by name and never becomes 0 or NaN;
 * the unit and the city must carry their type ("xã Bình Giang", "thành phố
 * Hải Phòng"), and the form offers the corrected name. Pure.
 */
import { TARGET_KEYS, type Settings, type Targets } from '../domain/types';
import { isCutoffDay } from '../domain/period';

export type TargetKey = keyof Targets;

/** Typed numbers by year ('' = the default set), as text. */
export type TargetTexts = Record<string, Record<TargetKey, string>>;

export interface SettingsDraft {
  settings: Settings;
  cutoffText: string;
  targetTexts: TargetTexts;
}

export type FieldProblem =
  | { field: 'unitName'; code: 'unitMissing' | 'unitNoType'; suggestions: string[] }
  | { field: 'cityName'; code: 'cityMissing' | 'cityNoType'; suggestions: string[] }
  | { field: 'cutoffDay'; code: 'cutoffInvalid' }
  | { field: string; code: 'targetEmpty' | 'targetNotNumber' | 'targetRange'; target: TargetKey; year: string };

/** The id of a target's input: one per year set, so a message names the box it belongs to. */
export const targetFieldId = (year: string, key: TargetKey): string => `target-${year || 'default'}-${key}`;

/** Accepts "95,5" as well as "95.5"; '' and anything else that is not a number are told apart. */
export function parsePercentText(text: string): number | 'empty' | 'notNumber' {
  const t = text.trim().replace(',', '.');
  if (t === '') return 'empty';
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(t)) return 'notNumber';
  return Number(t);
}

/** 95.5 → "95,5", as the clerk types it. */
const percentText = (n: number): string => String(n).replace('.', ',');

const textsOf = (targets: Targets): Record<TargetKey, string> =>
  Object.fromEntries(TARGET_KEYS.map((k) => [k, percentText(targets[k])])) as Record<TargetKey, string>;

export function draftOf(settings: Settings): SettingsDraft {
  const targetTexts: TargetTexts = { '': textsOf(settings.targets) };
  for (const [year, targets] of Object.entries(settings.targetsByYear ?? {})) targetTexts[year] = textsOf(targets);
  return { settings, cutoffText: String(settings.cutoffDay), targetTexts };
}

const UNIT_TYPES = ['xã', 'phường', 'đặc khu'] as const;
const CITY_TYPES = ['thành phố', 'tỉnh'] as const;
const clean = (name: string): string => name.normalize('NFC').trim().replace(/\s+/g, ' ');
const withoutUbnd = (name: string): string => name.replace(/^(ubnd|ủy ban nhân dân|uỷ ban nhân dân) /i, '');
const hasType = (name: string, types: readonly string[]): boolean => types.some((t) => withoutUbnd(name).toLowerCase().startsWith(`${t} `));

/** "Bình Giang" → ["xã Bình Giang", "phường Bình Giang", "đặc khu Bình Giang"]; "TP Hải Phòng" → ["thành phố Hải Phòng", …]. */
function suggestionsFor(name: string, types: readonly string[]): string[] {
  const bare = withoutUbnd(name).replace(/^(tp\.?|t\.p\.?)\s*/i, '');
  return types.map((t) => `${t} ${bare}`);
}

export function checkUnitName(unitName: string): FieldProblem | null {
  const name = clean(unitName);
  if (!name) return { field: 'unitName', code: 'unitMissing', suggestions: [] };
  return hasType(name, UNIT_TYPES) ? null : { field: 'unitName', code: 'unitNoType', suggestions: suggestionsFor(name, UNIT_TYPES) };
}

export function checkCityName(cityName: string): FieldProblem | null {
  const name = clean(cityName);
  if (!name) return { field: 'cityName', code: 'cityMissing', suggestions: [] };
  return hasType(name, CITY_TYPES) ? null : { field: 'cityName', code: 'cityNoType', suggestions: suggestionsFor(name, CITY_TYPES) };
}

/**
 * Every problem of the draft, and the settings to save when there is none
 * (numbers parsed from the texts).
 */
export function checkDraft(draft: SettingsDraft): { problems: FieldProblem[]; settings: Settings | null } {
  const problems: FieldProblem[] = [];
  const unit = checkUnitName(draft.settings.unitName);
  const city = checkCityName(draft.settings.cityName);
  if (unit) problems.push(unit);
  if (city) problems.push(city);
  const cutoff = parsePercentText(draft.cutoffText);
  if (typeof cutoff !== 'number' || !isCutoffDay(cutoff)) problems.push({ field: 'cutoffDay', code: 'cutoffInvalid' });
  const parsed: Record<string, Targets> = {};
  for (const [year, texts] of Object.entries(draft.targetTexts)) {
    const targets = {} as Targets;
    for (const key of TARGET_KEYS) {
      const value = parsePercentText(texts[key]);
      const field = targetFieldId(year, key);
      if (value === 'empty') problems.push({ field, code: 'targetEmpty', target: key, year });
      else if (value === 'notNumber') problems.push({ field, code: 'targetNotNumber', target: key, year });
      else if (value < 0 || value > 100) problems.push({ field, code: 'targetRange', target: key, year });
      else targets[key] = value;
    }
    parsed[year] = targets;
  }
  if (problems.length > 0) return { problems, settings: null };
  const { '': targets, ...byYear } = parsed;
  const settings: Settings = { ...draft.settings, cutoffDay: cutoff as number, targets: targets ?? draft.settings.targets };
  if (Object.keys(byYear).length > 0) settings.targetsByYear = byYear;
  else delete settings.targetsByYear;
  return { problems, settings };
}

/** Years the targets can be set for: this year ±1, every year that has its own set, and every year with data. */
export function targetYears(thisYear: number, own: Iterable<string>, withData: Iterable<number>): string[] {
  const years = [thisYear - 1, thisYear, thisYear + 1, ...withData].map(String);
  return [...new Set([...years, ...own])].sort();
}
