import { useState } from 'preact/hooks';
import type { WholeReport } from '@/utils/report/whole-report';
import { blocksToHtml, blocksToText } from '@/utils/report/clipboard';
import { DOCX_MIME } from '@/utils/report/docx-name';
import { copyRich } from './copy';
import { downloadFile } from './download';
import { useStrings } from './strings';

interface Props {
  report: WholeReport;
  title: string;
  fileName: string;
}

/** "Sao chép toàn bộ" and "Tải báo cáo (.docx)"; the docx library loads only when asked for. */
export function WholeReportActions({ report, title, fileName }: Props) {
  const s = useStrings();
  const [status, setStatus] = useState('');
  const run = async (action: () => Promise<void>, done: string) => {
    try {
      await action();
      setStatus(done);
    } catch (err) {
      setStatus(s.actionFailed(String(err)));
    }
  };
  const copyAll = () => copyRich({ html: blocksToHtml(report.blocks), text: blocksToText(report.blocks) });
  const download = async () => {
    const docx = await import('@/utils/report/docx');
    const bytes = await docx.blocksToDocx(report.blocks, title, report.appendix);
    downloadFile(fileName, bytes.slice().buffer, DOCX_MIME);
  };
  return (
    <section class="whole" aria-labelledby="whole-title">
      <h2 id="whole-title">{s.wholeTitle}</h2>
      {report.missing.length > 0 && (
        <p class="missing">{s.reportMissing(report.missing.join('; '))}</p>
      )}
      {report.problems.map((p) => {
        const text = s.reportProblem(p);
        return (
          <p class="missing" key={text}>
            {text}
          </p>
        );
      })}
      {report.unfinished.length > 0 && (
        <div class="missing" role="region" aria-label={s.unfinishedTitle}>
          <p>
            <strong>{s.unfinishedTitle}</strong> {s.unfinishedHint}
          </p>
          <ul>
            {report.unfinished.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      <div class="actions">
        <button type="button" onClick={() => void run(copyAll, s.allCopied)}>
          {s.copyAll}
        </button>
        <button type="button" onClick={() => void run(download, s.downloaded(fileName))}>
          {s.downloadDocx}
        </button>
        <span role="status">{status}</span>
      </div>
    </section>
  );
}
