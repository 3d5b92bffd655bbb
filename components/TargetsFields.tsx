import { useState } from 'preact/hooks';
import { TARGET_KEYS } from '@/utils/domain/types';
import { targetFieldId, targetYears, type TargetKey, type TargetTexts } from '@/utils/view/settings-form';
import { FieldMessage, fieldState } from './FormMessage';
import { useStrings } from './strings';

interface Props {
  texts: TargetTexts;
  onChange: (texts: TargetTexts) => void;
  thisYear: number;
  /** Years of periods that hold data: their targets can be set whatever today is. */
  dataYears: readonly number[];
  /** A field's message by its id (targetFieldId), when it is wrong. */
  problemOf: (fieldId: string) => string | undefined;
  /** The clerk left a field (it is checked from then on). */
  onLeave: (fieldId: string) => void;
}

/** The city's targets: a default set, and a set of its own for any year the city changed them. Numbers stay as typed until saved. */
export function TargetsFields({ texts, onChange, thisYear, dataYears, problemOf, onLeave }: Props) {
  const s = useStrings();
  const [year, setYear] = useState(''); // '' = the default set
  const own = Object.keys(texts).filter((y) => y !== '');
  const years = targetYears(thisYear, own, dataYears);
  const hasOwn = year !== '' && texts[year] !== undefined;
  const shown = texts[year] ?? texts[''];
  const wrongElsewhere = own.filter((y) => y !== year && TARGET_KEYS.some((k) => problemOf(targetFieldId(y, k))));

  const set = (key: TargetKey, text: string) => {
    const base = texts[year] ?? texts[''];
    if (!base) return;
    onChange({ ...texts, [year]: { ...base, [key]: text } });
  };
  const dropYear = () => {
    const rest = { ...texts };
    delete rest[year];
    onChange(rest);
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
              {texts[y] ? s.targetsYearOwn(y) : s.targetsYearOption(y)}
            </option>
          ))}
        </select>
      </label>
      {year !== '' && !hasOwn && <p class="hint">{s.targetsYearHint(year)}</p>}
      {wrongElsewhere.map((y) => (
        <p key={y} class="field-error">
          {s.targetsOtherYearProblem(y)}
        </p>
      ))}
      {shown &&
        TARGET_KEYS.map((key) => {
          const id = targetFieldId(hasOwn ? year : '', key);
          const problem = hasOwn || year === '' ? problemOf(id) : undefined;
          return (
            <div key={`${year}-${key}`}>
              <label>
                {s.targetLabels[key]}
                <input
                  inputMode="decimal"
                  {...fieldState(id, problem)}
                  value={shown[key]}
                  onInput={(e) => set(key, e.currentTarget.value)}
                  onBlur={() => onLeave(targetFieldId(year, key))}
                />
              </label>
              <FieldMessage id={`${id}-error`} text={problem} />
            </div>
          );
        })}
      {hasOwn && (
        <button type="button" class="secondary" onClick={dropYear}>
          {s.targetsDropYear(year)}
        </button>
      )}
    </fieldset>
  );
}
