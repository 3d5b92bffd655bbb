import { useState } from 'preact/hooks';
import type { WholeReport } from '@/utils/report/whole-report';
import { blocksToHtml, blocksToText } from '@/utils/report/clipboard';
import { DOCX_MIME } from '@/utils/report/docx-name';
import { copyRich } from './copy';
import { downloadFile } from './download';
import type { DocxWriter } from './docx-loader';
import { useStrings, type Strings } from './strings';
import { failureReason } from './strings/failure';

/** A button beside the whole-report ones (the popup's "Sao chép mục 3.2", "Sao chép bảng số liệu"). */
export interface ExtraAction {
  label: string;
  /** Said in the status line when it worked. */
  done: string;
  /** Null while it cannot run yet (its button waits, disabled). */
  run: (() => Promise<void>) | null;
}

/** "Sao chép bảng số liệu" (the Biểu 06 table and the indicators, for Word), in the popup's bar and the editor's. */
export const figuresTableAction = (s: Strings, run: (() => Promise<void>) | null): ExtraAction => ({ label: s.copyFiguresTable, done: s.figuresTableCopied, run });

interface Props {
  /** Null while it is being computed: its buttons wait, disabled. */
  report: WholeReport | null;
  /** Null until the page can download (docx-loader.ts). */
  loadDocx: (() => Promise<DocxWriter>) | null;
  title: string;
  fileName: string;
  /** Buttons before the whole-report ones. */
  extra?: ExtraAction[];
  /** Buttons after them. */
  after?: ExtraAction[];
  /** The popup's action bar: no heading of its own, the buttons first, its notes below the (sticky) bar. */
  bar?: boolean;
  /** False where another part says what is missing (the popup's "Trang cần mở" for an empty period). */
  showNotes?: boolean;
}

/** "Sao chép toàn bộ" and "Tải báo cáo (.docx)"; the docx library loads only when asked for. */
export function WholeReportActions({ report, loadDocx, title, fileName, extra = [], after = [], bar = false, showNotes = true }: Props) {
  const s = useStrings();
  const [status, setStatus] = useState('');
  const run = async (action: () => Promise<void>, done: string) => {
    try {
      await action();
      setStatus(done);
    } catch (err) {
      setStatus(s.actionFailed(failureReason(err, s)));
    }
  };
  const button = (a: ExtraAction) => (
    <button type="button" key={a.label} disabled={!a.run} onClick={() => a.run && void run(a.run, a.done)}>
      {a.label}
    </button>
  );
  const copyAll = async (r: WholeReport) => copyRich({ html: blocksToHtml(r.blocks), text: blocksToText(r.blocks) });
  const download = async (r: WholeReport, load: () => Promise<DocxWriter>) => {
    const docx = await load();
    const bytes = await docx.blocksToDocx(r.blocks, title, r.appendix);
    downloadFile(fileName, bytes.slice().buffer, DOCX_MIME);
  };
  const notes = report && showNotes ? [
    ...(report.missing.length > 0 ? [s.reportMissing(report.missing.join('; '))] : []),
    ...report.problems.map((p) => s.reportProblem(p)),
  ] : [];
  const noteLines = [
    ...notes.map((text) => (
      <p class="missing" key={text}>
        {text}
      </p>
    )),
    // Placeholders and facts still to fill (issue 14): listed before copying or downloading; the clerk may still go on.
    ...(report && report.unfinished.length > 0
      ? [
          <div class="missing" role="region" aria-label={s.unfinishedTitle} key="unfinished">
            <p>
              <strong>{s.unfinishedTitle}</strong> {s.unfinishedHint}
            </p>
            <ul>
              {report.unfinished.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>,
        ]
      : []),
  ];
  return (
    <>
      <section class={bar ? 'whole bar' : 'whole'} aria-labelledby={bar ? undefined : 'whole-title'} aria-label={bar ? s.actionsLabel : undefined}>
        {!bar && <h2 id="whole-title">{s.wholeTitle}</h2>}
        <div class="actions">
          {extra.map(button)}
          <button type="button" disabled={!report} onClick={() => report && void run(() => copyAll(report), s.allCopied)}>
            {s.copyAll}
          </button>
          <button type="button" disabled={!report || !loadDocx} onClick={() => report && loadDocx && void run(() => download(report, loadDocx), s.downloaded(fileName))}>
            {s.downloadDocx}
          </button>
          {after.map(button)}
        </div>
        <p role="status" class="status">{status}</p>
        {!bar && noteLines}
      </section>
      {bar && noteLines}
    </>
  );
}
