import { useState } from 'preact/hooks';
import type { ReportDb } from '@/utils/store/db';
import type { TaughtRule } from '@/utils/domain/types';
import { FIELD_LABELS } from '@/utils/domain/fields';
import { deleteRule, importRules, listRules, readRulesFile, rulesFileText } from '@/utils/store/rules';
import { detailOf } from '@/utils/store/problems';
import { askBackground } from '@/utils/store/send';
import { todayIsoLocal } from '@/utils/domain/period';
import { columnName } from '@/utils/view/teach-form';
import { useLiveQuery } from '@/utils/view/use-live-query';
import { downloadFile } from './download';
import { useStrings } from './strings';
import { useProblemText } from './strings/errors';

/** Options "Cách đọc bảng đã dạy": the rules taught in teach mode, each removable; exported and imported on their own. */
export function TaughtRules({ db }: { db: ReportDb }) {
  const s = useStrings();
  const describe = useProblemText();
  const rules = useLiveQuery(() => listRules(db), [db]) ?? [];
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const when = (rule: TaughtRule) => new Date(rule.savedAt).toLocaleString(s.locale);

  const onExport = async () => {
    try {
      const now = new Date().toISOString();
      const { text, count } = await rulesFileText(db, now);
      downloadFile(`cach-doc-bang-${todayIsoLocal(new Date(now))}.json`, text, 'application/json');
      setMessage({ ok: true, text: s.rulesExported(count) });
    } catch (err) {
      setMessage({ ok: false, text: describe({ code: 'exportFailed', detail: detailOf(err) }) });
    }
  };

  const onImport = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const now = (await askBackground({ type: 'now' }))?.now ?? new Date().toISOString();
      const parsed = await readRulesFile(file, now);
      if (!parsed.ok) return setMessage({ ok: false, text: s.importFailed(describe(parsed.problem)) });
      const done = await importRules(db, parsed.rules);
      setMessage({ ok: true, text: s.rulesImported(done.added, done.duplicates) });
    } catch (err) {
      setMessage({ ok: false, text: s.importFailed(describe({ code: 'importFailed', detail: detailOf(err) })) });
    }
  };

  const onRemove = async (rule: TaughtRule) => {
    if (rule.id === undefined) return;
    await deleteRule(db, rule.id);
    setMessage({ ok: true, text: s.ruleRemoved });
  };

  return (
    <fieldset>
      <legend>{s.rulesLegend}</legend>
      <p class="hint">{s.rulesHint}</p>
      {rules.length === 0 ? (
        <p>{s.rulesNone}</p>
      ) : (
        <ul aria-label={s.rulesLegend}>
          {rules.map((rule) => (
            <li key={rule.id}>
              <strong>{rule.origin}</strong> ({s.rulesSavedAt(when(rule))}){' '}
              <button type="button" class="secondary" aria-label={s.removeRuleOf(rule.origin, when(rule))} onClick={() => void onRemove(rule)}>
                {s.delete}
              </button>
              <ul>
                {rule.columns.map((column, i) => (
                  <li key={i}>
                    {columnName(column)} → {column.field ? FIELD_LABELS[column.field] : s.rulesNotUsed}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      <div class="row">
        <button type="button" onClick={() => void onExport()}>
          {s.exportRules}
        </button>
        <label class="file">
          {s.importRules}
          <input type="file" accept="application/json,.json" onChange={(e) => void onImport(e.currentTarget)} />
        </label>
      </div>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} class={message.ok ? 'ok' : 'error'}>
          {message.text}
        </p>
      )}
    </fieldset>
  );
}
