/** One ClipboardItem with both flavours: Word takes text/html, plain editors take text/plain. */
export async function copyRich(payload: { html: string; text: string }): Promise<void> {
  await navigator.clipboard.write([
    new ClipboardItem({
      'text/html': new Blob([payload.html], { type: 'text/html' }),
      'text/plain': new Blob([payload.text], { type: 'text/plain' }),
    }),
  ]);
}
