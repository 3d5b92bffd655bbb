import { formatPercent } from '@/utils/report/format';
import { TARGET_KEYS } from '@/utils/domain/types';
import type { IndicatorStatus } from '@/utils/report/indicators';
import type { IndicatorRows } from '@/utils/view/popup-view';
import { useStrings } from './strings';

const CHIP: Record<IndicatorStatus, string> = {
  met: 'chip ok',
  missed: 'chip bad',
  missing: 'chip missing',
  notArisen: 'chip none',
};

/** The six indicators; where each number came from is one disclosure below the action bar (IndicatorSources). */
export function IndicatorTable({ indicators }: { indicators: IndicatorRows }) {
  const s = useStrings();
  return (
    <table class="indicators">
      <caption>{s.indicatorsCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{s.indicatorColumn}</th>
          <th scope="col">{s.resultColumn}</th>
          <th scope="col">{s.targetColumn}</th>
          <th scope="col">{s.statusColumn}</th>
        </tr>
      </thead>
      <tbody>
        {TARGET_KEYS.map((key) => {
          const ind = indicators[key];
          return (
            <tr key={key}>
              <th scope="row">
                {ind.label}
                {Object.values(ind.sources).some((src) => src?.kind === 'manual') && <span class="manual-tag">{s.manualTag}</span>}
              </th>
              <td>{ind.text}</td>
              <td>≥ {formatPercent(ind.target)}</td>
              <td>
                <span class={CHIP[ind.status]}>{s.status[ind.status]}</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
