/** Test helper: a clerk's options, a period line, and a statistics page read from HTML (the unseen-pages tests). */
import { expect } from 'vitest';
import { extractPage } from '@/utils/extract';
import { htmlDoc } from './dom';

export const OPTS = { unitName: 'xã Bình Giang', cityName: 'thành phố Hải Phòng', cutoffDay: 15 };
export const FEB = { from: '2026-01-15', to: '2026-02-14' };
export const PERIOD = '<p>Kỳ báo cáo: từ ngày 15/01/2026 đến ngày 14/02/2026</p>';

/** The page under a statistics heading, read for the clerk. */
export const read = (html: string, opts = OPTS) => extractPage(htmlDoc(`<h1>Thống kê tình hình giải quyết hồ sơ</h1>${html}`), opts);

/** Its one reading, with no problem said. */
export function only(html: string, opts = OPTS) {
  const { extractions, problem } = read(html, opts);
  expect(problem).toBeUndefined();
  expect(extractions).toHaveLength(1);
  return extractions[0];
}
