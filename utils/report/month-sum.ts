/**
 * A longer period's counts summed from its reporting months (spec §3): flows
 * add up, the opening stock comes from the first month, closing stocks from
 * the last. A flow missing in any month stays missing (never a smaller sum).
 * Rates are not carried: the indicators recompute them from the summed
 * numerators and bases, never averaging monthly rates. Each count's rule is
 * in the field registry (utils/domain/fields.ts).
 */
import { COUNT_FIELDS, sumRuleOf, type CountField } from '../domain/fields';
import type { Figures } from './figures';

/** Per field: the value and how it was obtained, for the provenance note. */
export type MonthSum = Partial<Record<CountField, { value: number; note: string }>>;

/** `months` in order, each with its label ("Tháng 01/2026"); at least one. */
export function sumMonths(months: readonly { label: string; figures: Figures }[]): MonthSum {
  const first = months[0];
  const last = months[months.length - 1];
  const sum: MonthSum = {};
  if (!first || !last) return sum;
  const summed = `tổng hợp từ ${months.length} tháng (${months.map((m) => m.label).join(', ')})`;
  const flow = (key: CountField): number | null => {
    let total = 0;
    for (const month of months) {
      const value = month.figures.values[key];
      if (value == null) return null;
      total += value;
    }
    return total;
  };
  for (const key of COUNT_FIELDS) {
    let value: number | null | undefined;
    let note: string;
    switch (sumRuleOf(key)) {
      case 'flow':
        value = flow(key);
        note = summed;
        break;
      case 'opening':
        value = first.figures.values[key];
        note = `theo ${first.label} (tháng đầu của kỳ)`;
        break;
      case 'closing':
        value = last.figures.values[key];
        note = `theo ${last.label} (tháng cuối của kỳ)`;
        break;
      case 'openingPlusFlow': {
        const news = flow('receivedNew');
        const carried = first.figures.values.carriedOver;
        value = news === null || carried == null ? null : carried + news;
        note = `kỳ trước chuyển sang theo ${first.label} + số mới tiếp nhận ${summed}`;
        break;
      }
    }
    if (value != null) sum[key] = { value, note };
  }
  return sum;
}
