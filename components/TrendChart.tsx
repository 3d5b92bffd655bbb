import { useEffect, useRef, useState } from 'preact/hooks';
import type { Chart as ChartType, Plugin } from 'chart.js';
import { FEW_MONTHS, monthsWithData, type Trend } from '@/utils/chart/trend';
import { formatPercent } from '@/utils/report/format';
import { useStrings } from './strings';
import { failureReason } from './strings/failure';

const COLORS = ['#1d4ed8', '#047857', '#b45309', '#7c3aed', '#be123c', '#0f766e'];

/** False when the canvas gave no image. */
async function copyCanvas(canvas: HTMLCanvasElement): Promise<boolean> {
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) return false;
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
  return true;
}

/** With little data, each point of the rates (the first `count` datasets) carries its value. */
function pointValues(count: number): Plugin<'line'> {
  return {
    id: 'pointValues',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.font = '10px system-ui, sans-serif';
      ctx.textAlign = 'center';
      for (let d = 0; d < count; d++) {
        const data = chart.data.datasets[d]?.data ?? [];
        ctx.fillStyle = COLORS[d] ?? '#111827';
        chart.getDatasetMeta(d).data.forEach((point, i) => {
          const value = data[i];
          if (typeof value === 'number') ctx.fillText(formatPercent(value), point.x, point.y - 7);
        });
      }
      ctx.restore();
    },
  };
}

/** Six rates over twelve months, each with its target as a dashed line of the same colour. */
export function TrendChart({ trend }: { trend: Trend }) {
  const s = useStrings();
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<ChartType | null>(null);
  const [status, setStatus] = useState('');
  const filled = monthsWithData(trend);
  const few = filled < FEW_MONTHS;

  useEffect(() => {
    let cancelled = false;
    // `setup.Chart`, not a destructured `Chart`: WXT's auto-import would turn that name into a static import.
    void import('./chart-setup').then((setup) => {
      if (cancelled || !canvas.current) return;
      chart.current?.destroy();
      const rates = trend.series.map((series, i) => ({
        label: series.label,
        data: series.values,
        borderColor: COLORS[i],
        backgroundColor: COLORS[i],
        spanGaps: false,
        // A point at 100 % or at the first or last month is drawn whole, not cut by the chart area.
        clip: 8,
        pointRadius: few ? 4 : 3,
      }));
      const targets = trend.series.map((series, i) => ({
        label: s.targetSeries(series.label),
        data: series.targets,
        borderColor: COLORS[i],
        borderDash: [6, 4],
        borderWidth: 1,
        pointRadius: 0,
      }));
      chart.current = new setup.Chart(canvas.current, {
        type: 'line',
        data: { labels: trend.labels, datasets: [...rates, ...targets] },
        plugins: few ? [pointValues(rates.length)] : [],
        options: {
          locale: 'vi-VN',
          animation: false,
          responsive: false,
          scales: { y: { min: 0, max: 100, ticks: { callback: (v) => `${v}%` } } },
          plugins: {
            // The dashed target lines are named too ("Chỉ tiêu: …"): the legend shows each line's dash.
            legend: { labels: { boxWidth: 14, font: { size: 10 } } },
            tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label}: ${formatPercent(ctx.parsed.y)}` } },
          },
        },
      });
    });
    return () => {
      cancelled = true;
    };
  }, [trend, s]);

  useEffect(() => () => chart.current?.destroy(), []);

  const onCopy = async () => {
    try {
      if (!canvas.current) return;
      setStatus((await copyCanvas(canvas.current)) ? s.chartCopied : s.chartCopyFailed(s.chartImageFailed));
    } catch (err) {
      setStatus(s.chartCopyFailed(failureReason(err, s)));
    }
  };

  return (
    <section class="trend" aria-labelledby="trend-title">
      <h2 id="trend-title">{s.trendTitle}</h2>
      {few && <p class="few">{s.trendFewMonths(filled)}</p>}
      <canvas ref={canvas} width={600} height={few ? 300 : 260} role="img" aria-label={s.trendChart} />
      <TrendTable trend={trend} />
      <div class="actions">
        <button type="button" onClick={() => void onCopy()}>
          {s.copyChart}
        </button>
        <span role="status">{status}</span>
      </div>
    </section>
  );
}

/** The same values and targets as a table, for screen readers and for reading exact figures. */
function TrendTable({ trend }: { trend: Trend }) {
  const s = useStrings();
  return (
    <details>
      <summary>{s.trendTable}</summary>
      <table class="trend-table">
        <caption>{s.trendTable}</caption>
        <thead>
          <tr>
            <th scope="col">{s.trendMonth}</th>
            {trend.series.map((series) => (
              <th scope="col" key={series.key}>
                {series.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {trend.labels.map((label, i) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {trend.series.map((series) => {
                const value = series.values[i];
                return (
                  <td key={series.key}>
                    {value === null || value === undefined ? s.trendNoValue : formatPercent(value)} (≥ {formatPercent(series.targets[i] ?? 0)})
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
