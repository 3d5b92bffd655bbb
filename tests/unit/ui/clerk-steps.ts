/** What a clerk does on a mounted component, for the component tests: draw it, choose a file, press a button. */
import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';

export async function draw(root: HTMLElement, node: VNode): Promise<void> {
  await act(() => {
    render(node, root);
  });
}

/** Chooses `file` in the file input whose label starts with `label`. */
export async function chooseFile(root: HTMLElement, label: string, file: File): Promise<void> {
  const input = [...root.querySelectorAll('label')].find((l) => l.textContent?.startsWith(label))?.querySelector('input');
  if (!input) throw new Error(`no file input labelled ${label}`);
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** Presses the button named `name`. */
export async function press(root: HTMLElement, name: string): Promise<void> {
  const button = [...root.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!button) throw new Error(`no button named ${name}`);
  await act(() => button.click());
}
