import { useState } from 'preact/hooks';
import type { Settings, Targets } from '@/utils/domain/types';
import { useStrings } from './strings';

interface Props {
  settings: Settings;
  update: (patch: Partial<Settings>) => void;
  thisYear: number;
}

/** Accepts "95,5" as well as "95.5". */
function parseNumberInput(text: string): number {
  return Number(text.trim().replace(',', '.'));
}

/** The city's targets: a default set, and a set of its own for any year the city changed them. */
export function TargetsFields({ settings, update, thisYear }: Props) {
  const s = useStrings();
  const [year, setYear] = useState(''); // '' = the default set
  const byYear = settings.targetsByYear ?? {};
  const years = [...new Set([thisYear - 1, thisYear, thisYear + 1].map(String).concat(Object.keys(byYear)))].sort();
  const own = year !== '' ? byYear[year] : undefined;
  const shown = year === '' ? settings.targets : (own ?? settings.targets);

  const set = (key: keyof Targets, text: string) => {
    const targets = { ...shown, [key]: parseNumberInput(text) };
    update(year === '' ? { targets } : { targetsByYear: { ...byYear, [year]: targets } });
  };
  const dropYear = () => {
    const rest = { ...byYear };
    delete rest[year];
    update({ targetsByYear: rest });
  };

  return (
    <fieldset>
      <legend>{s.targetsLegend}</legend>
      <label>
        {s.targetsYearLabel}
        <select value={year} onChange={(e) => setYear(e.currentTarget.value)}>
          <option value="">{s.targetsAllYears}</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {byYear[y] ? s.targetsYearOwn(y) : s.targetsYearOption(y)}
            </option>
          ))}
        </select>
      </label>
      {year !== '' && !own && <p class="hint">{s.targetsYearHint(year)}</p>}
      {(Object.keys(s.targetLabels) as (keyof Targets)[]).map((key) => (
        <label key={`${year}-${key}`}>
          {s.targetLabels[key]}
          <input inputMode="decimal" value={String(shown[key]).replace('.', ',')} onChange={(e) => set(key, e.currentTarget.value)} />
        </label>
      ))}
      {own && (
        <button type="button" class="secondary" onClick={dropYear}>
          {s.targetsDropYear(year)}
        </button>
      )}
    </fieldset>
  );
}
