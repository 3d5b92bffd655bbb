import { useState } from 'preact/hooks';
import type { ReportDb } from '@/utils/store/db';
import type { TaughtRule } from '@/utils/domain/types';
import { FIELD_LABELS } from '@/utils/domain/fields';
import { deleteRule, importRules, listRules, readRulesFile, rulesFileText } from '@/utils/store/rules';
import { todayIsoLocal } from '@/utils/domain/period';
import { columnName } from '@/utils/view/teach-form';
import { useLiveQuery } from '@/utils/view/use-live-query';
import { downloadFile } from './download';
import { FileButtons } from './FileButtons';
import { FormMessage } from './FormMessage';
import { chosenFile, outcomeOf, type Outcome } from './file-actions';
import { useStrings } from './strings';
import { useProblemMessage } from './strings/use-problem-text';

/** Options "Cách đọc bảng đã dạy": the rules taught in teach mode, each removable; exported and imported on their own. */
export function TaughtRules({ db }: { db: ReportDb }) {
  const s = useStrings();
  const explain = useProblemMessage();
  const rules = useLiveQuery(() => listRules(db), [db]) ?? [];
  const [message, setMessage] = useState<Outcome | null>(null);
  const when = (rule: TaughtRule) => new Date(rule.savedAt).toLocaleString(s.locale);

  const show = (outcome: Outcome | null) => outcome && setMessage(outcome);

  const onExport = async () =>
    show(
      await outcomeOf(
        async () => {
          const now = new Date().toISOString();
          const { text, count } = await rulesFileText(db, now);
          downloadFile(`cach-doc-bang-${todayIsoLocal(new Date(now))}.json`, text, 'application/json');
          return { ok: true, text: s.rulesExported(count) };
        },
        'exportFailed',
        explain,
      ),
    );

  const onImport = async (input: HTMLInputElement) =>
    show(
      await outcomeOf(
        async () => {
          const chosen = await chosenFile(input);
          if (!chosen) return null;
          if (!chosen.ok) return { ok: false, ...explain(chosen.problem) };
          const parsed = await readRulesFile(chosen.file, chosen.now);
          if (!parsed.ok) return { ok: false, ...explain(parsed.problem, s.importFailed) };
          const done = await importRules(db, parsed.rules);
          return { ok: true, text: s.rulesImported(done.added, done.duplicates) };
        },
        'importFailed',
        (problem) => explain(problem, s.importFailed),
      ),
    );

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
      <FileButtons exportLabel={s.exportRules} importLabel={s.importRules} onExport={() => void onExport()} onImport={(input) => void onImport(input)} />
      <FormMessage message={message && { ok: message.ok, lines: [message.text], detail: message.detail }} />
    </fieldset>
  );
}
