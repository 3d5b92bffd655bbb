import { useState } from 'preact/hooks';
import type { Settings } from '@/utils/domain/types';
import { checkCityName, checkUnitName, type FieldProblem } from '@/utils/view/settings-form';
import { useStrings } from './strings';
import { EXAMPLES } from './strings/examples';
import { NameField } from './NameField';

type Field = 'unitName' | 'cityName';

/**
 * First use: the two settings every report needs, right in the popup. Checked like Options: a unit or city without its
 * type ("Bình Giang", "Hải Phòng") is refused with a message under its box and the corrected forms to choose from.
 */
export function FirstRunForm({ settings, onSave }: { settings: Settings; onSave: (unitName: string, cityName: string) => Promise<void> }) {
  const s = useStrings();
  const [values, setValues] = useState<Record<Field, string>>({ unitName: '', cityName: settings.cityName });
  const [problems, setProblems] = useState<Partial<Record<Field, FieldProblem>>>({});
  const check = (v: Record<Field, string>) => {
    const found: Partial<Record<Field, FieldProblem>> = {};
    const unit = checkUnitName(v.unitName);
    const city = checkCityName(v.cityName);
    if (unit) found.unitName = unit;
    if (city) found.cityName = city;
    return found;
  };
  const set = (field: Field, value: string) => {
    const next = { ...values, [field]: value };
    setValues(next);
    // A shown problem is re-checked as the clerk types, so it goes away once fixed.
    if (problems[field]) setProblems({ ...problems, [field]: check(next)[field] });
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    const found = check(values);
    setProblems(found);
    if (Object.keys(found).length === 0) await onSave(values.unitName.trim(), values.cityName.trim());
  };
  const box = (field: Field, label: string, placeholder: string) => (
    <NameField id={`first-run-${field}`} label={label} placeholder={placeholder} value={values[field]} problem={problems[field]} onInput={(value) => set(field, value)} />
  );
  return (
    <form class="first-run" aria-label={s.firstRunName} onSubmit={(e) => void submit(e)} noValidate>
      <p>
        <strong>{s.firstRunLead}</strong> {s.firstRunHint}
      </p>
      {box('unitName', s.unitLabel, EXAMPLES.unit)}
      {box('cityName', s.cityLabel, EXAMPLES.city)}
      <button type="submit">{s.saveUnit}</button>
    </form>
  );
}
