import { describe, expect, it } from 'vitest';
import { FIELD_KEYS, FIELD_LABELS } from '@/utils/domain/fields';
import { choiceOf, columnName, duplicateChoice, FIELD_GROUPS, NOT_USED } from '@/utils/view/teach-form';

describe('teach form', () => {
  it('offers every field of the registry once, by its Vietnamese label, and "Không dùng" as the empty choice', () => {
    const options = FIELD_GROUPS.flatMap((g) => g.options);
    expect(options.map((o) => o.value).sort()).toEqual([...FIELD_KEYS].sort());
    expect(options.every((o) => o.label === FIELD_LABELS[o.value])).toBe(true);
    expect(choiceOf(NOT_USED)).toBeNull();
    expect(choiceOf('resolvedTotal')).toBe('resolvedTotal');
  });

  it('names a column by its header path as shown; refuses a field chosen twice unless its columns add up', () => {
    expect(columnName({ header: ['Hồ sơ hoàn thành', 'Tổng'] })).toBe('Hồ sơ hoàn thành › Tổng');
    expect(duplicateChoice(['resolvedTotal', null, null, 'resolvedEarly'])).toBeNull();
    expect(duplicateChoice(['resolvedTotal', 'resolvedEarly', 'resolvedTotal'])).toBe('resolvedTotal');
    expect(duplicateChoice(['inProgressWithin', 'inProgressWithin'])).toBeNull();
  });
});
