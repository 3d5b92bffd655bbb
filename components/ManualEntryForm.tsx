import { useState } from 'preact/hooks';
import { FIELD_LABELS, MANUAL_FIELDS, type Fields } from '@/utils/domain/fields';
import { formatCount } from '@/utils/report/format';
import { parseCount } from '@/utils/extract/numbers';
import { useDebouncedSave } from '@/utils/view/use-debounced-save';
import { AutosaveStatus } from './AutosaveStatus';
import { FormMessage } from './FormMessage';
import { useStrings } from './strings';

interface Props {
  /** The clerk's saved entries for the period. */
  saved: Fields;
  /** What the captures give, shown as a hint. */
  captured: Fields;
  onSave: (fields: Fields) => Promise<void>;
}

const asText = (v: number | null | undefined) => (v == null ? '' : String(v));

export function ManualEntryForm({ saved, captured, onSave }: Props) {
  const s = useStrings();
  const [texts, setTexts] = useState<Record<string, string>>(() =>
    Object.fromEntries(MANUAL_FIELDS.map((k) => [k, asText(saved[k])])),
  );
  const [message, setMessage] = useState<{ ok: boolean; lines: string[] } | null>(null);
  const autosave = useDebouncedSave(onSave);

  const parse = (fields: Record<string, string>): { parsed: Fields; problems: string[] } => {
    const parsed: Fields = {};
    const problems: string[] = [];
    for (const key of MANUAL_FIELDS) {
      const raw = (fields[key] ?? '').trim();
      if (!raw) continue;
      const { value, ok } = parseCount(raw);
      if (!ok || value === null) problems.push(s.notACount(FIELD_LABELS[key], raw));
      else parsed[key] = value;
    }
    return { parsed, problems };
  };

  const submit = async (fields: Record<string, string>) => {
    const { parsed, problems } = parse(fields);
    if (problems.length > 0) return setMessage({ ok: false, lines: problems });
    autosave.schedule(parsed);
    if (!(await autosave.flush())) return setMessage({ ok: false, lines: [s.autosaveFailed] });
    const n = Object.keys(parsed).length;
    setMessage({ ok: true, lines: [n > 0 ? s.manualSaved(n) : s.manualCleared] });
  };

  // Saved as typed while every entry reads as a count; a wrong one waits for the clerk (and "Lưu" says what is wrong).
  const edit = (key: string, text: string) => {
    const next = { ...texts, [key]: text };
    setTexts(next);
    const { parsed, problems } = parse(next);
    if (problems.length === 0) autosave.schedule(parsed);
  };

  const clear = () => {
    const empty = Object.fromEntries(MANUAL_FIELDS.map((k) => [k, '']));
    setTexts(empty);
    void submit(empty);
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit(texts);
      }}
      aria-label={s.manualTitle}
    >
      <p class="hint">{s.manualHint}</p>
      <div class="grid">
        {MANUAL_FIELDS.map((key) => (
          <label key={key}>
            {FIELD_LABELS[key]}
            <input
              inputMode="numeric"
              value={texts[key]}
              placeholder={captured[key] == null ? s.notCaptured : s.fromPortal(formatCount(captured[key]))}
              onInput={(e) => edit(key, e.currentTarget.value)}
            />
          </label>
        ))}
      </div>
      <button type="submit">{s.saveManual}</button>{' '}
      <button type="button" class="secondary" onClick={clear}>
        {s.clearManual}
      </button>{' '}
      <AutosaveStatus state={autosave.state} />
      <FormMessage message={message} />
    </form>
  );
}
