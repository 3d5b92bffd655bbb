import { useState } from 'preact/hooks';
import { figuresTableClipboard, type AppendixInput } from '@/utils/report/appendix';
import { copyRich } from './copy';
import { useStrings } from './strings';

/**
 * "Sao chép bảng số liệu": the period's figures in the Biểu 06 layout and the six indicators with their targets, as
 * Word-ready HTML and plain text. `report` is the period's report view model (PeriodReport / NarratedReport: period,
 * figures, indicators).
 */
export function CopyFiguresTableButton({ report }: { report: AppendixInput }) {
  const s = useStrings();
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await copyRich(figuresTableClipboard(report));
      setStatus(s.figuresTableCopied);
    } catch (err) {
      setStatus(s.actionFailed(String(err)));
    }
  };
  return (
    <span class="copy-figures">
      <button type="button" onClick={() => void copy()}>
        {s.copyFiguresTable}
      </button>{' '}
      <span role="status">{status}</span>
    </span>
  );
}
