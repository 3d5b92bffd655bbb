import { useEffect, useState } from 'preact/hooks';
import type { FieldKey } from '@/utils/domain/types';
import type { ReportDb } from '@/utils/store/db';
import type { Reply } from '@/utils/domain/protocol';
import { FIELD_LABELS } from '@/utils/domain/fields';
import { askBackground } from '@/utils/store/send';
import { useUiLanguage } from '@/utils/view/use-ui-language';
import { choiceOf, columnName, duplicateChoice, FIELD_GROUPS, NOT_USED } from '@/utils/view/teach-form';
import { FormMessage } from './FormMessage';
import { StringsProvider, stringsFor, useStrings } from './strings';

type Kept = Extract<Reply<'teachGet'>, { ok: true }>;

/** "Dạy đọc bảng": one combobox per numeric column of the table the clerk pointed at; text only. */
export function TeachApp({ db, token }: { db: ReportDb; token: string }) {
  const language = useUiLanguage(db);
  if (!language) return <p>{stringsFor(undefined).loading}</p>;
  return (
    <StringsProvider language={language}>
      <TeachForm token={token} />
    </StringsProvider>
  );
}

function TeachForm({ token }: { token: string }) {
  const s = useStrings();
  const [kept, setKept] = useState<Kept | null | undefined>(undefined);
  const [choices, setChoices] = useState<(FieldKey | null)[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; lines: string[] } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void askBackground({ type: 'teachGet', token }).then(
      (reply) => {
        const found = reply?.ok ? reply : null;
        setKept(found);
        setChoices(found ? found.table.columns.map((c) => c.field) : []);
      },
      () => setKept(null),
    );
  }, [token]);

  useEffect(() => {
    document.title = `${s.teachTitle} – ${s.appTitle}`;
  }, [s]);

  if (kept === undefined) return <p>{s.loading}</p>;
  if (kept === null) {
    return (
      <main>
        <h1>{s.teachTitle}</h1>
        <p role="alert">{s.teachMissing}</p>
      </main>
    );
  }

  const onSave = async () => {
    const twice = duplicateChoice(choices);
    if (twice) return setMessage({ ok: false, lines: [s.teachDuplicate(FIELD_LABELS[twice])] });
    setBusy(true);
    const reply = await askBackground({ type: 'teachSave', token, fields: choices }).catch(() => undefined);
    setBusy(false);
    if (!reply?.ok) return setMessage({ ok: false, lines: [s.teachFailed] });
    const reread = reply.reread ? s.teachReread(reply.reread.join(' ')) : s.teachNotReread;
    setMessage({ ok: true, lines: [reply.saved > 0 ? s.teachSaved(reply.saved) : s.teachSavedNothing, reread] });
  };

  return (
    <main>
      <h1>{s.teachTitle}</h1>
      <p class="hint">{s.teachHint(kept.origin)}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void onSave();
        }}
      >
        {kept.table.columns.map((column, i) => (
          <div class="column" key={i}>
            <label for={`teach-${i}`}>{columnName(column)}</label>
            <select
              id={`teach-${i}`}
              aria-describedby={`teach-${i}-samples`}
              value={choices[i] ?? NOT_USED}
              onChange={(e) => {
                const next = [...choices];
                next[i] = choiceOf(e.currentTarget.value);
                setChoices(next);
              }}
            >
              <option value={NOT_USED}>{s.teachNotUsed}</option>
              {FIELD_GROUPS.map((group) => (
                <optgroup key={group.kind} label={s.kindLabels[group.kind]}>
                  {group.options.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
            <span class="samples" id={`teach-${i}-samples`}>
              {s.teachSamples(column.samples.join('; '))}
            </span>
          </div>
        ))}
        <p>
          <button type="submit" disabled={busy}>
            {s.teachSave}
          </button>
        </p>
      </form>
      <FormMessage message={message} />
    </main>
  );
}
