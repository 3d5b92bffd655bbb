// Issue 15: forged national data. The channel itself is tested in tests/unit/national/message.test.ts
// and in the browser (tests/e2e/hardening-national.test.mjs); here the figures a forged response carries.
import { describe, expect, it } from 'vitest';
import { parseNationalMessage } from '@/utils/national/parse';
import { editedResponse, JANUARY, message } from './helpers';

const UNIT = 'xã Bình Giang';

function digitizedWith(edit: (metric: Record<string, unknown>) => void) {
  const response = editedResponse('dossier-digitized.month-2026-01.json', (json) => {
    const row = json.data.evaluation.find((r: { departmentName: string }) => r.departmentName === 'UBND xã Bình Giang');
    edit(row.metrics.find((m: { code: string }) => m.code === 'SO_HOA_GIAY_TO_GIAI_QUYET'));
  });
  const outcome = parseNationalMessage(message('dossier-digitized', JANUARY, response), UNIT);
  if (outcome.status !== 'extracted') throw new Error(JSON.stringify(outcome));
  return outcome.extraction;
}

describe('counts in the national JSON', () => {
  it('refuses digitized: 1e21 (the forgery that showed "100% Đạt"), with a warning naming the metric', () => {
    const e = digitizedWith((m) => Object.assign(m, { numerator: 1e21, denominator: 1e21 }));
    expect(e.fields).not.toHaveProperty('digitized');
    expect(e.fields).not.toHaveProperty('digitizedBase');
    expect(e.warnings.join('\n')).toMatch(/SO_HOA_GIAY_TO_GIAI_QUYET › numerator.*1e\+21/);
  });

  it('refuses counts that are not whole', () => {
    const e = digitizedWith((m) => Object.assign(m, { numerator: 0.5 }));
    expect(e.fields).not.toHaveProperty('digitized');
    expect(e.fields.digitizedBase).toBe(300);
  });

  it('keeps neither count when the numerator exceeds the denominator', () => {
    const e = digitizedWith((m) => Object.assign(m, { numerator: 900, denominator: 300 }));
    expect(e.fields).not.toHaveProperty('digitized');
    expect(e.fields).not.toHaveProperty('digitizedBase');
    expect(e.cells).not.toHaveProperty('digitized');
  });

  it('keeps an equal numerator and denominator (100% is possible)', () => {
    const e = digitizedWith((m) => Object.assign(m, { numerator: 300, denominator: 300 }));
    expect(e.fields).toMatchObject({ digitized: 300, digitizedBase: 300 });
  });
});
