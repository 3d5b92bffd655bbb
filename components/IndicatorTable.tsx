import { formatPercent } from '@/utils/report/format';
import { INDICATOR_KEYS, type IndicatorSet, type IndicatorStatus } from '@/utils/report/indicators';
import { SourceNote } from './SourceNote';

const CHIP: Record<IndicatorStatus, string> = {
  Đạt: 'chip ok',
  'Chưa đạt': 'chip bad',
  'Thiếu số liệu': 'chip missing',
  'Không phát sinh': 'chip none',
};

export function IndicatorTable({ indicators }: { indicators: IndicatorSet }) {
  return (
    <table class="indicators">
      <caption>Chỉ tiêu trong kỳ</caption>
      <thead>
        <tr>
          <th scope="col">Chỉ tiêu</th>
          <th scope="col">Kết quả</th>
          <th scope="col">Chỉ tiêu giao</th>
          <th scope="col">Đánh giá</th>
        </tr>
      </thead>
      <tbody>
        {INDICATOR_KEYS.map((key) => {
          const ind = indicators[key];
          return (
            <tr key={key}>
              <th scope="row">
                {ind.label}
                <details>
                  <summary>Nguồn số liệu</summary>
                  <SourceNote sources={ind.sources} />
                </details>
              </th>
              <td>{ind.text}</td>
              <td>≥ {formatPercent(ind.target)}</td>
              <td>
                <span class={CHIP[ind.status]}>{ind.status}</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
