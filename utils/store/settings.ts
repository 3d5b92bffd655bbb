import type { Settings, Targets } from '../domain/types';
import type { ReportDb } from './db';

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
  cutoffDay: 15,
};

export async function getSettings(db: ReportDb): Promise<Settings> {
  const row = await db.settings.get('main');
  return row ? { ...DEFAULT_SETTINGS, ...row.value, targets: { ...DEFAULT_TARGETS, ...row.value.targets } } : DEFAULT_SETTINGS;
}

/** Returns Vietnamese problems; empty when the settings can be saved. */
export function checkSettings(s: Settings): string[] {
  const problems: string[] = [];
  if (!s.unitName.trim()) problems.push('Chưa nhập đơn vị báo cáo.');
  if (!s.cityName.trim()) problems.push('Chưa nhập tỉnh/thành phố.');
  if (!Number.isInteger(s.cutoffDay) || s.cutoffDay < 1 || s.cutoffDay > 28)
    problems.push('Ngày chốt số liệu phải là số nguyên từ 1 đến 28.');
  const sets: [string, Targets][] = [['', s.targets], ...Object.entries(s.targetsByYear ?? {}).map(([y, t]): [string, Targets] => [` năm ${y}`, t])];
  for (const [year, targets] of sets) {
    for (const value of Object.values(targets)) {
      if (!Number.isFinite(value) || value < 0 || value > 100)
        problems.push(`Chỉ tiêu${year} phải là số từ 0 đến 100 (đang nhập: ${Number.isNaN(value) ? 'không phải số' : value}).`);
    }
  }
  return problems;
}

/**
 * Saves the Options form; the portal origins are kept as stored (they change only through savePortalOrigins).
 * The optional settings (signer, templates, uiLanguage, …) are kept as given; an absent uiLanguage stays absent (Vietnamese).
 */
export async function saveSettings(db: ReportDb, s: Settings): Promise<void> {
  const { portalOrigins } = await getSettings(db);
  const clean: Settings = {
    ...s,
    portalOrigins,
    unitName: s.unitName.trim().normalize('NFC'),
    cityName: s.cityName.trim().normalize('NFC'),
    targets: { ...s.targets },
  };
  await db.settings.put({ key: 'main', value: clean });
}

export async function savePortalOrigins(db: ReportDb, origins: string[]): Promise<void> {
  const current = await getSettings(db);
  await db.settings.put({ key: 'main', value: { ...current, portalOrigins: [...new Set(origins)] } });
}
