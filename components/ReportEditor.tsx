import type { ReportDb } from '@/utils/store/db';
import type { ReportData } from '@/utils/store/report-data';
import { docxFileName, docxTitle } from '@/utils/report/docx-name';
import { useEditorPeriod, useReportEditor, type EditorState } from '@/utils/view/use-report-editor';
import { PeriodSelect } from './PeriodSelect';
import { ManualEntryForm } from './ManualEntryForm';
import { NarrativeForm } from './NarrativeForm';
import { figuresTableClipboard } from '@/utils/report/appendix';
import { WholeReportActions, figuresTableAction } from './WholeReportActions';
import { loadDocxWriter } from './docx-loader';
import { BlockView } from './BlockView';
import { copyRich } from './copy';
import { StringsProvider, stringsFor, useStrings } from './strings';

interface Props {
  db: ReportDb;
  todayIso: string;
  initialPeriodId: string | null;
}

/** The full-tab editor: the clerk's text and manual entries for a period, and the whole report. */
export function ReportEditor({ db, todayIso, initialPeriodId }: Props) {
  const editor = useReportEditor(db, initialPeriodId);
  const { data, chosen, choose } = editor;
  if (!data) return <p>{stringsFor(undefined).loading}</p>;
  return (
    <StringsProvider language={data.settings.uiLanguage}>
      <EditorView editor={editor} data={data} chosen={chosen} todayIso={todayIso} onChoose={choose} />
    </StringsProvider>
  );
}

interface ViewProps {
  editor: EditorState;
  data: ReportData;
  chosen: string | null;
  todayIso: string;
  onChoose: (periodId: string) => void;
}

function EditorView({ editor, data, chosen, todayIso, onChoose }: ViewProps) {
  const s = useStrings();
  const view = useEditorPeriod(editor, data, chosen, todayIso);
  const { period, report, whole } = view;
  const unitName = data.settings.unitName;
  return (
    <main>
      <h1>{s.editorTitle}{unitName ? ` – ${unitName}` : ''}</h1>
      <PeriodSelect periods={view.periods} value={period.id} withData={view.withData} onChange={onChoose} />
      <section aria-labelledby="manual-title">
        <h2 id="manual-title">{s.manualTitle}</h2>
        <ManualEntryForm key={period.id} saved={view.manual} captured={view.captured} onSave={view.saveManual} />
      </section>
      <section aria-labelledby="narrative-title">
        <h2 id="narrative-title">{s.narrativeTitle}</h2>
        <p class="hint">{view.savedNarrative ? s.narrativeOwn : s.narrativeCarried}</p>
        <NarrativeForm key={period.id} initial={report.narrative} onSave={view.saveNarrative} {...(view.carriedFrom ? { carriedFrom: view.carriedFrom } : {})} />
      </section>
      <WholeReportActions
        report={whole}
        loadDocx={loadDocxWriter}
        title={docxTitle(period)}
        fileName={docxFileName(period)}
        after={[figuresTableAction(s, () => copyRich(figuresTableClipboard(report)))]}
      />
      <section aria-labelledby="preview-title" class="page">
        <h2 id="preview-title">{s.previewTitle}</h2>
        <BlockView blocks={[...whole.blocks, ...whole.appendix]} />
      </section>
    </main>
  );
}
