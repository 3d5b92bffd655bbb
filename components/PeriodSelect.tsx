import type { ReportPeriod } from '@/utils/domain/types';
import { useStrings } from './strings';

interface Props {
  periods: ReportPeriod[];
  value: string;
  withData: Set<string>;
  onChange: (id: string) => void;
}

/** The "Kỳ báo cáo" combobox; periods with captured data are marked. */
export function PeriodSelect({ periods, value, withData, onChange }: Props) {
  const s = useStrings();
  return (
    <label class="period">
      {s.periodLabel}
      <select value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {periods.map((p) => (
          <option key={p.id} value={p.id}>
            {p.optionLabel}
            {withData.has(p.id) ? s.periodWithData : ''}
          </option>
        ))}
      </select>
    </label>
  );
}
