/**
 * The period's own facts: the document that asked for the report, the
 * documents issued in the period, the unit's reform plan of the year. They
 * are parts of the clerk's text (NARRATIVE_KEYS), saved per period and
 * carried forward like the rest, and printed through placeholders of the
 * other parts ({{van_ban_yeu_cau}} …), so one fact filled once fills every
 * sentence that names it. Their defaults are gaps ("…") the report flags
 * until the clerk fills them (unfinished.ts): the seed's Công văn 137 of
 * 23/01/2026 is February's fact, never a default for other periods.
 */
import type { NarrativeKey } from '../domain/types';

export const FACT_KEYS = ['requestDoc', 'directionDocs', 'reformPlan'] as const satisfies readonly NarrativeKey[];
export type FactKey = (typeof FACT_KEYS)[number];

export const isFactKey = (key: string): key is FactKey => (FACT_KEYS as readonly string[]).includes(key);

/** Placeholder → the fact it prints, for the editor's help. */
export const FACT_PLACEHOLDERS: Readonly<Record<string, string>> = {
  van_ban_yeu_cau: 'Văn bản yêu cầu báo cáo của kỳ (ô “Văn bản yêu cầu báo cáo”)',
  van_ban_chi_dao: 'Văn bản chỉ đạo, điều hành ban hành trong kỳ',
  ke_hoach_cchc: 'Kế hoạch cải cách hành chính năm của đơn vị',
};

const PLACEHOLDER_OF: Readonly<Record<FactKey, string>> = {
  requestDoc: 'van_ban_yeu_cau',
  directionDocs: 'van_ban_chi_dao',
  reformPlan: 'ke_hoach_cchc',
};

/** The placeholders' values from the period's facts (already rendered: a fact may name {{cap_thanh_pho}}). */
export function factView(facts: Readonly<Record<FactKey, string>>): Record<string, string> {
  return Object.fromEntries(FACT_KEYS.map((key) => [PLACEHOLDER_OF[key], facts[key].trim()]));
}
