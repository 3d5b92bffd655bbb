/**
 * Endpoints whose rows carry `metrics[]` (dossier-digitized, handling-satisfaction):
 * rows are `data.overview` plus `data.evaluation[]`.
 */
import { INDEX_HEADER, putMetric, putValue, type Collected, type MetricFields } from './figures';
import { isJson, type Json } from './unit-row';

export type MetricEndpoint = 'dossier-digitized' | 'handling-satisfaction';

const MAPS: Record<MetricEndpoint, Record<string, MetricFields>> = {
  'dossier-digitized': {
    SO_HOA_GIAY_TO_GIAI_QUYET: { numerator: 'digitized', denominator: 'digitizedBase', rate: 'rateDigitized' },
    ORIGINAL_RESULT_AVAILABLE: { numerator: 'eResult', denominator: 'eResultBase', rate: 'rateEResult' },
    REUSED_DIGITIZED_DATA: { numerator: 'reused', denominator: 'reusedBase', rate: 'rateReused' },
  },
  'handling-satisfaction': {
    PETITION_HANDLING_SATISFACTION: { numerator: 'paknSatisfied', denominator: 'paknReceived', rate: 'ratePaknSatisfied' },
    // Satisfaction with dossier handling: a different figure from PAKN satisfaction, kept as its own rate.
    DOSSIER_RECEIVING_SATISFACTION: { rate: 'rateHandlingSatisfaction' },
  },
};

/** All department rows of the response, or null when it is not this shape. */
export function metricRows(data: unknown): Json[] | null {
  if (!isJson(data) || !Array.isArray(data.evaluation)) return null;
  const rows = [...(isJson(data.overview) ? [data.overview] : []), ...data.evaluation];
  return rows.every(isJson) ? rows : null;
}

/** Reads the unit's row; false when the row has no `metrics[]` at all. */
export function collectMetricRow(endpoint: MetricEndpoint, row: Json, name: string, out: Collected): boolean {
  if (!Array.isArray(row.metrics)) return false;
  const map = MAPS[endpoint];
  for (const metric of row.metrics) {
    if (!isJson(metric) || typeof metric.code !== 'string') continue;
    const fields = map[metric.code];
    if (fields) putMetric(out, metric, fields, name);
    else out.unmapped.push([INDEX_HEADER, metric.code]);
  }
  if (endpoint === 'handling-satisfaction') collectPetitionCount(row, name, out);
  return true;
}

/** PAKN received is `totalPetitions`; the satisfaction metric's denominator stands in when it is absent. */
function collectPetitionCount(row: Json, name: string, out: Collected): void {
  const base = out.fields.paknReceived;
  if (!putValue(out, 'paknReceived', row.totalPetitions, [INDEX_HEADER, 'handling-satisfaction', 'totalPetitions'], name)) return;
  const total = out.fields.paknReceived;
  if (typeof base === 'number' && typeof total === 'number' && base !== total) {
    out.warnings.push(
      `${name}: số PAKN tiếp nhận (${total}) khác mẫu số của tỷ lệ hài lòng trong xử lý PAKN (${base}) trên Cổng DVC quốc gia.`,
    );
  }
}
