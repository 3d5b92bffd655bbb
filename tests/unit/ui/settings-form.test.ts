import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/store/settings';
import { checkCityName, checkDraft, checkUnitName, draftOf, parsePercentText, targetFieldId, targetYears } from '@/utils/view/settings-form';

const valid = { ...DEFAULT_SETTINGS, unitName: 'xã Bình Giang' };

describe('the Options form checks', () => {
  it('refuses an empty or non-numeric target by name, and saves nothing', () => {
    const draft = draftOf(valid);
    draft.targetTexts[''] = { ...draft.targetTexts['']!, online: '', payment: 'abc' };
    const { problems, settings } = checkDraft(draft);
    expect(settings).toBeNull();
    expect(problems).toEqual([
      { field: targetFieldId('', 'online'), code: 'targetEmpty', target: 'online', year: '' },
      { field: targetFieldId('', 'payment'), code: 'targetNotNumber', target: 'payment', year: '' },
    ]);
  });

  it('parses "95,5" and keeps a year of its own', () => {
    const draft = draftOf(valid);
    draft.targetTexts['2026'] = { ...draft.targetTexts['']!, online: '95,5' };
    const { problems, settings } = checkDraft(draft);
    expect(problems).toEqual([]);
    expect(settings?.targetsByYear?.['2026']?.online).toBe(95.5);
    expect(settings?.targets.online).toBe(60);
  });

  it('tells empty, not a number and a number apart', () => {
    expect(parsePercentText(' ')).toBe('empty');
    expect(parsePercentText('6O')).toBe('notNumber');
    expect(parsePercentText('1e2')).toBe('notNumber');
    expect(parsePercentText('60,25')).toBe(60.25);
  });

  it('refuses a cut-off day outside 1–28', () => {
    for (const cutoffText of ['', '0', '29', '15,5', 'x']) expect(checkDraft({ ...draftOf(valid), cutoffText }).problems).toEqual([{ field: 'cutoffDay', code: 'cutoffInvalid' }]);
  });

  it('wants the unit and the city with their type, and offers the corrected names', () => {
    expect(checkUnitName('xã Bình Giang')).toBeNull();
    expect(checkUnitName('UBND phường Lê Chân')).toBeNull();
    expect(checkUnitName('Đặc khu Cát Hải')).toBeNull();
    expect(checkUnitName('Bình Giang')).toEqual({ field: 'unitName', code: 'unitNoType', suggestions: ['xã Bình Giang', 'phường Bình Giang', 'đặc khu Bình Giang'] });
    expect(checkUnitName('  ')).toMatchObject({ code: 'unitMissing' });
    expect(checkCityName('thành phố Hải Phòng')).toBeNull();
    expect(checkCityName('tỉnh Thanh Hóa')).toBeNull();
    expect(checkCityName('TP Hải Phòng')).toEqual({ field: 'cityName', code: 'cityNoType', suggestions: ['thành phố Hải Phòng', 'tỉnh Hải Phòng'] });
  });

  it('offers the years with data as well as this year ±1', () => {
    expect(targetYears(2028, [], [2026])).toEqual(['2026', '2027', '2028', '2029']);
    expect(targetYears(2026, ['2030'], [])).toEqual(['2025', '2026', '2027', '2030']);
  });
});
