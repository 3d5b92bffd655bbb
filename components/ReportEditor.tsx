import { useMemo, useState } from 'preact/hooks';
import type { ReportDb } from '@/utils/store/db';
import { loadReportData } from '@/utils/store/report-data';
import { saveManualFields, saveNarrative } from '@/utils/store/period-texts';
import { defaultPeriod, listPeriods, periodById, periodKeyOf, periodsWithData } from '@/utils/domain/period';
import { buildPeriodReport } from '@/utils/report/period-report';
import { narrativeForPeriod } from '@/utils/report/narrative';
import { buildWholeReport } from '@/utils/report/whole-report';
import { docxFileName, docxTitle } from '@/utils/report/docx-name';
import { useLiveQuery } from './useLiveQuery';
import { PeriodSelect } from './PeriodSelect';
import { ManualEntryForm } from './ManualEntryForm';
import { NarrativeForm } from './NarrativeForm';
import { WholeReportActions } from './WholeReportActions';
import { BlockView } from './BlockView';
import { StringsProvider, stringsFor } from './strings';

const now = () => new Date().toISOString();

/** The full-tab editor: the clerk's text and manual entries for a period, and the whole report. */
export function ReportEditor({ db, todayIso, initialPeriodId }: { db: ReportDb; todayIso: string; initialPeriodId: string | null }) {
  const data = useLiveQuery(() => loadReportData(db), [db]);
  const { settings, captures, narratives, manual } = data ?? {};
  const [chosen, setChosen] = useState<string | null>(initialPeriodId);

  const cutoff = settings?.cutoffDay ?? 15;
  const dataPeriods = useMemo(
    () => periodsWithData(captures?.map((c) => periodKeyOf(c)) ?? [], Object.keys(manual ?? {}), cutoff),
    [captures, manual, cutoff],
  );
  const periods = useMemo(() => listPeriods(todayIso, cutoff, dataPeriods), [todayIso, cutoff, dataPeriods]);
  const period = (chosen && periodById(chosen, cutoff)) || defaultPeriod(todayIso, cutoff);
  const withData = useMemo(() => new Set(dataPeriods.map((p) => p.id)), [dataPeriods]);

  // This component provides the texts of the chosen language, so it reads them from the settings itself.
  const s = stringsFor(settings?.uiLanguage);
  if (!settings || !captures || !narratives || !manual) return <p>{s.loading}</p>;
  const narrative = narrativeForPeriod(narratives, period, settings.cutoffDay);
  const captured = buildPeriodReport(captures, period, settings).figures.values;
  const report = buildPeriodReport(captures, period, settings, { manual, narrative });
  const whole = buildWholeReport(report.context);
  const savedNarrative = narratives.find((n) => n.periodId === period.id);

  return (
    <StringsProvider language={settings.uiLanguage}>
      <main>
        <h1>{s.editorTitle}{settings.unitName ? ` – ${settings.unitName}` : ''}</h1>
        <PeriodSelect periods={periods} value={period.id} withData={withData} onChange={setChosen} />
        <section aria-labelledby="manual-title">
          <h2 id="manual-title">{s.manualTitle}</h2>
          <ManualEntryForm
            key={period.id}
            saved={manual[period.id] ?? {}}
            captured={captured}
            onSave={(fields) => saveManualFields(db, period.id, fields, now())}
          />
        </section>
        <section aria-labelledby="narrative-title">
          <h2 id="narrative-title">{s.narrativeTitle}</h2>
          <p class="hint">
            {savedNarrative ? s.narrativeOwn : s.narrativeCarried}
          </p>
          <NarrativeForm key={period.id} initial={narrative} onSave={(texts) => saveNarrative(db, period.id, texts, now())} />
        </section>
        <WholeReportActions report={whole} title={docxTitle(period)} fileName={docxFileName(period)} />
        <section aria-labelledby="preview-title" class="page">
          <h2 id="preview-title">{s.previewTitle}</h2>
          <BlockView blocks={whole.blocks} />
        </section>
      </main>
    </StringsProvider>
  );
}
