import type { ReportPeriod } from '@/utils/types';

interface Props {
  periods: ReportPeriod[];
  value: string;
  withData: Set<string>;
  onChange: (id: string) => void;
}

/** The "Kỳ báo cáo" combobox; periods with captured data are marked. */
export function PeriodSelect({ periods, value, withData, onChange }: Props) {
  return (
    <label class="period">
      Kỳ báo cáo
      <select value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {periods.map((p) => (
          <option key={p.id} value={p.id}>
            {p.optionLabel}
            {withData.has(p.id) ? ' • có số liệu' : ''}
          </option>
        ))}
      </select>
    </label>
  );
}
