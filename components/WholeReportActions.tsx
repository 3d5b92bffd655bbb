import { useState } from 'preact/hooks';
import type { WholeReport } from '@/utils/report/whole-report';
import { blocksToHtml, blocksToText } from '@/utils/report/clipboard';
import { DOCX_MIME } from '@/utils/report/docx-name';
import { copyRich } from './copy';
import { downloadFile } from './download';

interface Props {
  report: WholeReport;
  title: string;
  fileName: string;
}

/** "Sao chép toàn bộ" and "Tải báo cáo (.docx)"; the docx library loads only when asked for. */
export function WholeReportActions({ report, title, fileName }: Props) {
  const [status, setStatus] = useState('');
  const run = async (action: () => Promise<void>, done: string) => {
    try {
      await action();
      setStatus(done);
    } catch (err) {
      setStatus(`Không thực hiện được: ${String(err)}`);
    }
  };
  const copyAll = () => copyRich({ html: blocksToHtml(report.blocks), text: blocksToText(report.blocks) });
  const download = async () => {
    const docx = await import('@/utils/report/docx');
    const bytes = await docx.blocksToDocx(report.blocks, title);
    downloadFile(fileName, bytes.slice().buffer, DOCX_MIME);
  };
  return (
    <section class="whole" aria-labelledby="whole-title">
      <h2 id="whole-title">Toàn bộ báo cáo</h2>
      {report.missing.length > 0 && (
        <p class="missing">
          Còn thiếu số liệu: {report.missing.join('; ')}. Báo cáo sẽ ghi “chưa có số liệu” ở những chỗ này.
        </p>
      )}
      {report.problems.map((p) => (
        <p class="missing" key={p}>
          {p}
        </p>
      ))}
      <div class="actions">
        <button type="button" onClick={() => void run(copyAll, 'Đã sao chép toàn bộ báo cáo. Dán vào Word bằng Ctrl+V.')}>
          Sao chép toàn bộ
        </button>
        <button type="button" onClick={() => void run(download, `Đã tải ${fileName}.`)}>
          Tải báo cáo (.docx)
        </button>
        <span role="status">{status}</span>
      </div>
    </section>
  );
}
