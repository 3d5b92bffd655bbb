import { useState } from 'preact/hooks';
import type { ReportDb } from '@/utils/store/db';
import { getSettings } from '@/utils/store/settings';
import { backgroundNow } from '@/utils/store/background-clock';
import { detailOf } from '@/utils/store/problems';
import { listPeriods, periodById, periodOfSpan, todayIsoLocal } from '@/utils/domain/period';
import type { Period, ReportPeriod } from '@/utils/domain/types';
import { periodRange } from '@/utils/capture/labels';
import { importExportFiles, sheetTitle, storeWithPeriod, type ImportLine, type ImportProgress } from '@/utils/view/excel-import';
import { useStrings } from './strings';
import { useProblemMessage, type ProblemMessage } from './strings/use-problem-text';
import { FormMessage } from './FormMessage';

/** Accepted files: Excel workbooks, and the HTML tables many portals save under an .xls name. */
const ACCEPT = '.xlsx,.xls,.htm,.html,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel';

/** Options: the portal's "Xuất Excel" files in, one result line per file or sheet out. */
export function ExcelImport({ db }: { db: ReportDb }) {
  const s = useStrings();
  const explain = useProblemMessage();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [lines, setLines] = useState<ImportLine[]>([]);
  const [context, setContext] = useState<{ unit: string; cutoffDay: number; periods: ReportPeriod[] } | null>(null);
  const [error, setError] = useState<ProblemMessage | null>(null);

  const onFiles = async (input: HTMLInputElement) => {
    const files = Array.from(input.files ?? []);
    input.value = '';
    if (files.length === 0) return;
    setError(null);
    setLines([]);
    try {
      const settings = await getSettings(db);
      if (!settings.unitName.trim()) return setError({ text: s.excelNeedUnit });
      // Stamped by the background's clock, the one that stamps captured pages.
      const clock = await backgroundNow();
      if (!clock.ok) return setError(explain(clock.problem));
      setContext({ unit: settings.unitName, cutoffDay: settings.cutoffDay, periods: listPeriods(todayIsoLocal(new Date()), settings.cutoffDay) });
      setProgress({ done: 0, total: files.length });
      const scratch = document.implementation.createHTMLDocument('');
      await importExportFiles(db, files, settings, clock.now, scratch, (p, sofar) => {
        setProgress(p);
        setLines(sofar);
      });
    } catch (err) {
      setError({ text: s.excelFailed, detail: detailOf(err) });
    }
  };

  const choosePeriod = async (index: number, id: string) => {
    const line = lines[index];
    const period = context && periodById(id, context.cutoffDay);
    if (!line || line.status !== 'needsPeriod' || !period) return;
    try {
      const clock = await backgroundNow();
      if (!clock.ok) return setError(explain(clock.problem));
      const stored = await storeWithPeriod(db, line, { from: period.from, to: period.to }, clock.now);
      setLines((all) => all.map((l, i) => (i === index ? stored : l)));
    } catch (err) {
      setError({ text: s.excelFailed, detail: detailOf(err) });
    }
  };

  const periodText = (p: Period) => (context && periodOfSpan(p, context.cutoffDay)?.label) || periodRange(p) || '';
  const kindsText = (line: ImportLine & { status: 'stored' }) => line.kinds.map((k) => s.kindLabels[k]).join(', ');

  return (
    <fieldset>
      <legend>{s.excelLegend}</legend>
      <p class="hint">{s.excelHint}</p>
      <div class="row">
        <label class="file">
          {s.excelInput}
          <input type="file" multiple accept={ACCEPT} onChange={(e) => void onFiles(e.currentTarget)} />
        </label>
      </div>
      {progress && (
        <p>
          <progress max={progress.total} value={progress.done} aria-label={s.excelProgress} />{' '}
          <span role="status">{progress.done < progress.total ? s.excelReading(progress.done, progress.total) : s.excelDone(progress.total)}</span>
        </p>
      )}
      {lines.length > 0 && (
        <ul aria-label={s.excelResults} class="import-results">
          {lines.map((line, i) => {
            const where = line.sheet === undefined ? line.file : sheetTitle(line.file, line.sheet);
            return (
              <li key={`${where}#${i}`}>
                <strong>{where}</strong>:{' '}
                {line.status === 'stored' &&
                  (line.alreadyStored ? s.excelAlreadyStored(kindsText(line), periodText(line.period)) : s.excelStored(kindsText(line), periodText(line.period), line.unit ?? ''))}
                {line.status === 'refused' && s.excelProblem(line.problem, context?.unit ?? '')}
                {line.status === 'needsPeriod' && (
                  <label>
                    {s.excelNeedsPeriod} <span>{s.excelPeriodLabel}</span>{' '}
                    <select aria-label={`${s.excelPeriodLabel} ${where}`} onChange={(e) => void choosePeriod(i, e.currentTarget.value)}>
                      <option value="">{s.excelChoosePeriod}</option>
                      {context?.periods.map((p) => (
                        <option key={p.id} value={p.id}>
                          {p.optionLabel}
                        </option>
                      ))}
                    </select>
                  </label>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <FormMessage message={error && { ok: false, lines: [error.text], detail: error.detail }} />
    </fieldset>
  );
}
