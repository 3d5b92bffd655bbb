import type { ReportPeriod } from '@/utils/domain/types';
import { useStrings } from './strings';

interface Props {
  /** Newest first; only the id and the option's label are read. */
  periods: readonly Pick<ReportPeriod, 'id' | 'optionLabel'>[];
  value: string;
  withData: ReadonlySet<string>;
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
