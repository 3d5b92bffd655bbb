import * as v from 'valibot';
import type { Settings, Targets } from '../domain/types';
import type { ReportDb } from './db';
import { DEFAULT_CUTOFF_DAY, isCutoffDay, periodsWithData } from '../domain/period';
import type { SettingsProblem } from './problems';
import { LIMITS, SettingsSchema } from './schemas';

/** The seed report's targets (city plan 2026); the clerk changes them in Options. */
export const DEFAULT_TARGETS: Targets = {
  online: 60,
  onTime: 60,
  digitized: 100,
  reused: 50,
  paknSatisfied: 95,
  payment: 60,
};

export const DEFAULT_SETTINGS: Settings = {
  unitName: '',
  cityName: 'thành phố Hải Phòng',
  targets: DEFAULT_TARGETS,
  cutoffDay: DEFAULT_CUTOFF_DAY,
};

/**
 * The stored settings, each part checked: a part an older version let in broken
 * (portalOrigins: 5) reads as its default instead of breaking every page.
 */
export function readableSettings(stored: unknown): Settings {
  const value = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const whole = v.safeParse(SettingsSchema, { ...DEFAULT_SETTINGS, ...value, targets: { ...DEFAULT_TARGETS, ...(value.targets as object) } });
  if (whole.success) return whole.output;
  const parts = Object.entries(SettingsSchema.entries).flatMap(([key, schema]) => {
    const part = v.safeParse(schema, value[key]);
    return part.success && part.output !== undefined ? [[key, part.output]] : [];
  });
  return { ...DEFAULT_SETTINGS, ...Object.fromEntries(parts) } as Settings;
}

export async function getSettings(db: ReportDb): Promise<Settings> {
  const row = await db.settings.get('main');
  return row ? readableSettings(row.value) : DEFAULT_SETTINGS;
}

/** What the clerk must fix; empty when the settings can be saved. */
export function checkSettings(s: Settings): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  if (!s.unitName.trim()) problems.push({ code: 'unitMissing' });
  if (!s.cityName.trim()) problems.push({ code: 'cityMissing' });
  if (!isCutoffDay(s.cutoffDay)) problems.push({ code: 'cutoffInvalid' });
  const sets: [string | undefined, Targets][] = [[undefined, s.targets], ...Object.entries(s.targetsByYear ?? {})];
  for (const [year, targets] of sets) {
    for (const value of Object.values(targets)) {
      if (!Number.isFinite(value) || value < 0 || value > 100)
        problems.push({ code: 'targetInvalid', ...(year ? { year } : {}), value: Number.isNaN(value) ? null : value });
    }
  }
  const labels = [s.unitName, s.cityName, s.signer?.role, s.signer?.title, s.signer?.name];
  if (labels.some((t) => t !== undefined && t.length > LIMITS.label)) problems.push({ code: 'textTooLong', max: LIMITS.label });
  if (Object.values(s.templates ?? {}).some((t) => t.length > LIMITS.text)) problems.push({ code: 'textTooLong', max: LIMITS.text });
  return problems;
}

/**
 * Saves the Options form; the portal origins are kept as stored (they change only through savePortalOrigins).
 * The optional settings (signer, templates, uiLanguage, …) are kept as given; an absent uiLanguage stays absent (Vietnamese).
 * Throws when the settings do not pass the schema: callers check them with checkSettings first.
 */
export async function saveSettings(db: ReportDb, s: Settings): Promise<void> {
  const { portalOrigins } = await getSettings(db);
  const clean = v.parse(SettingsSchema, {
    ...s,
    portalOrigins,
    unitName: s.unitName.trim().normalize('NFC'),
    cityName: s.cityName.trim().normalize('NFC'),
    targets: { ...s.targets },
  });
  await db.settings.put({ key: 'main', value: clean });
}

export async function savePortalOrigins(db: ReportDb, origins: string[]): Promise<void> {
  const current = await getSettings(db);
  await db.settings.put({ key: 'main', value: { ...current, portalOrigins: [...new Set(origins)] } });
}

/** Years of the reporting periods that hold captures or the clerk's entries, so their targets can be set whatever today is. */
export async function dataYears(db: ReportDb, cutoffDay: number): Promise<number[]> {
  const [keys, ids] = await Promise.all([db.captures.orderBy('periodKey').uniqueKeys(), db.manualEntries.toCollection().primaryKeys()]);
  const periods = periodsWithData(keys.map(String), ids.map(String), cutoffDay);
  return [...new Set(periods.map((p) => p.year))];
}
