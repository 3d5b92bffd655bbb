import { useState } from 'preact/hooks';
import type { Settings } from '@/utils/domain/types';
import { useStrings } from './strings';
import { EXAMPLES } from './strings/examples';

/** First use: the two settings every report needs, right in the popup. */
export function FirstRunForm({ settings, onSave }: { settings: Settings; onSave: (unitName: string, cityName: string) => Promise<void> }) {
  const s = useStrings();
  const [unitName, setUnit] = useState('');
  const [cityName, setCity] = useState(settings.cityName);
  const [error, setError] = useState('');
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!unitName.trim() || !cityName.trim()) return setError(s.firstRunMissing);
    await onSave(unitName, cityName);
  };
  return (
    <form class="first-run" aria-label={s.firstRunName} onSubmit={(e) => void submit(e)}>
      <p>
        <strong>{s.firstRunLead}</strong> {s.firstRunHint}
      </p>
      <label>
        {s.unitLabel}
        <input value={unitName} placeholder={EXAMPLES.unit} onInput={(e) => setUnit(e.currentTarget.value)} />
      </label>
      <label>
        {s.cityLabel}
        <input value={cityName} placeholder={EXAMPLES.city} onInput={(e) => setCity(e.currentTarget.value)} />
      </label>
      <button type="submit">{s.saveUnit}</button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}
