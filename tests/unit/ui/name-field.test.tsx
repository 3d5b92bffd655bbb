// The unit's name as Options ("Cài đặt báo cáo") and the popup's first-run form ask for it: one field, the same
// label, message, marking and suggested names in both.
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { mounted, until } from './mount';
import { DEFAULT_SETTINGS } from '@/utils/store/settings';
import { SettingsForm } from '@/components/SettingsForm';
import { FirstRunForm } from '@/components/FirstRunForm';

const ui = mounted('name-field');

const form = (name: string) => ui.root.querySelector<HTMLFormElement>(`form[aria-label="${name}"]`);
const inputLabelled = (f: HTMLFormElement, name: string) =>
  [...f.querySelectorAll('label')].find((l) => l.firstChild?.textContent === name)?.querySelector('input') ?? null;
const button = (f: HTMLFormElement, name: string) => [...f.querySelectorAll('button')].find((b) => b.textContent === name) ?? null;
const type = (input: HTMLInputElement, value: string) =>
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input'));
  });
const messageOf = (input: HTMLInputElement) => {
  const id = input.getAttribute('aria-describedby');
  return id ? ui.root.querySelector(`[id="${id}"]`)?.textContent ?? null : null;
};

/** What the clerk sees of a unit name without its type, then after choosing the suggested name. */
async function unitNameScenario(f: HTMLFormElement, check: (input: HTMLInputElement) => Promise<void>) {
  const unit = inputLabelled(f, 'Đơn vị báo cáo');
  expect(unit).not.toBeNull();
  if (!unit) return null;
  await type(unit, 'Bình Giang');
  await check(unit);
  await until(() => expect(unit.getAttribute('aria-invalid')).toBe('true'));
  const seen = {
    message: messageOf(unit),
    offers: ['xã', 'phường', 'đặc khu'].map((t) => button(f, `Dùng “${t} Bình Giang”`) !== null),
  };
  const offer = button(f, 'Dùng “xã Bình Giang”');
  await act(() => offer?.click());
  await check(unit);
  await until(() => expect(unit.getAttribute('aria-invalid')).not.toBe('true'));
  return { ...seen, value: unit.value, after: messageOf(unit), offersAfter: button(f, 'Dùng “xã Bình Giang”') };
}

const EXPECTED = {
  message: 'Tên đơn vị phải có loại đơn vị ở đầu: xã, phường hoặc đặc khu.',
  offers: [true, true, true],
  value: 'xã Bình Giang',
  after: null,
  offersAfter: null,
};

describe('the unit name field, shared by Options and the first-run form', () => {
  it('Options: a unit without its type is marked once left, says why and offers the corrected names', async () => {
    render(<SettingsForm db={ui.db} />, ui.root);
    await until(() => expect(form('Cài đặt báo cáo')).not.toBeNull());
    const f = form('Cài đặt báo cáo')!;
    const seen = await unitNameScenario(f, async (unit) =>
      act(() => {
        unit.dispatchEvent(new Event('blur'));
      }),
    );
    expect(seen).toEqual(EXPECTED);
  });

  it('first run: the same field, the same message and suggestions, checked when saving', async () => {
    const onSave = vi.fn(async () => undefined);
    render(<FirstRunForm settings={DEFAULT_SETTINGS} onSave={onSave} />, ui.root);
    const f = form('Bắt đầu sử dụng')!;
    const seen = await unitNameScenario(f, async () => act(() => f.requestSubmit()));
    expect(seen).toEqual(EXPECTED);
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave).toHaveBeenCalledWith('xã Bình Giang', DEFAULT_SETTINGS.cityName);
  });
});
