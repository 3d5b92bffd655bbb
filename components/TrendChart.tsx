import { useEffect, useRef, useState } from 'preact/hooks';
import type { Chart as ChartType } from 'chart.js';
import type { Trend } from '@/utils/chart/trend';
import { formatPercent } from '@/utils/report/format';
import { useStrings } from './strings';

const COLORS = ['#1d4ed8', '#047857', '#b45309', '#7c3aed', '#be123c', '#0f766e'];

async function copyCanvas(canvas: HTMLCanvasElement, imageFailed: string): Promise<void> {
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error(imageFailed);
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
}

/** Six rates over twelve months, each with its target as a dashed line of the same colour. */
export function TrendChart({ trend }: { trend: Trend }) {
  const s = useStrings();
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<ChartType | null>(null);
  const [status, setStatus] = useState('');

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
        options: {
          locale: 'vi-VN',
          animation: false,
          responsive: false,
          scales: { y: { min: 0, max: 100, ticks: { callback: (v) => `${v}%` } } },
          plugins: {
            legend: { labels: { boxWidth: 10, font: { size: 10 }, filter: (item) => (item.datasetIndex ?? 0) < rates.length } },
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
      await copyCanvas(canvas.current, s.chartImageFailed);
      setStatus(s.chartCopied);
    } catch (err) {
      setStatus(s.chartCopyFailed(String(err)));
    }
  };

  return (
    <section class="trend" aria-labelledby="trend-title">
      <h2 id="trend-title">{s.trendTitle}</h2>
      <canvas ref={canvas} width={600} height={260} role="img" aria-label={s.trendChart} />
      <div class="actions">
        <button type="button" onClick={() => void onCopy()}>
          {s.copyChart}
        </button>
        <span role="status">{status}</span>
      </div>
    </section>
  );
}
