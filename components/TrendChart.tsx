import { useEffect, useRef, useState } from 'preact/hooks';
import type { Chart as ChartType } from 'chart.js';
import type { Trend } from '@/utils/chart/trend';
import { formatPercent } from '@/utils/report/format';

const COLORS = ['#1d4ed8', '#047857', '#b45309', '#7c3aed', '#be123c', '#0f766e'];

async function copyCanvas(canvas: HTMLCanvasElement): Promise<void> {
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('không tạo được ảnh');
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
}

/** Six rates over twelve months, each with its target as a dashed line of the same colour. */
export function TrendChart({ trend }: { trend: Trend }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<ChartType | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    let cancelled = false;
    // `setup.Chart`, not a destructured `Chart`: WXT's auto-import would turn that name into a static import.
    void import('./chart-setup').then((setup) => {
      if (cancelled || !canvas.current) return;
      chart.current?.destroy();
      const rates = trend.series.map((s, i) => ({
        label: s.label,
        data: s.values,
        borderColor: COLORS[i],
        backgroundColor: COLORS[i],
        spanGaps: false,
      }));
      const targets = trend.series.map((s, i) => ({
        label: `Chỉ tiêu: ${s.label}`,
        data: s.targets,
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
            legend: { labels: { boxWidth: 10, font: { size: 10 }, filter: (item) => !item.text.startsWith('Chỉ tiêu: ') } },
            tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label}: ${formatPercent(ctx.parsed.y)}` } },
          },
        },
      });
    });
    return () => {
      cancelled = true;
    };
  }, [trend]);

  useEffect(() => () => chart.current?.destroy(), []);

  const onCopy = async () => {
    try {
      if (!canvas.current) return;
      await copyCanvas(canvas.current);
      setStatus('Đã sao chép biểu đồ (ảnh PNG). Dán vào Word bằng Ctrl+V.');
    } catch (err) {
      setStatus(`Không sao chép được biểu đồ: ${String(err)}`);
    }
  };

  return (
    <section class="trend" aria-labelledby="trend-title">
      <h2 id="trend-title">Xu hướng 12 tháng</h2>
      <canvas ref={canvas} width={600} height={260} role="img" aria-label="Biểu đồ xu hướng" />
      <div class="actions">
        <button type="button" onClick={() => void onCopy()}>
          Sao chép biểu đồ
        </button>
        <span role="status">{status}</span>
      </div>
    </section>
  );
}
