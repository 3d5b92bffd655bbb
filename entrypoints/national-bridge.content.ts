// Isolated world: takes the port the main-world observer hands over at document_start, receives
// the copies of the national index responses on it (never from the window), reads the clerk's
// unit from them (utils/national), stores the capture, shows the notice in a closed shadow root.
import { showNotice } from '@/utils/capture/page-notice';
import { pageAddress } from '@/utils/domain/page-address';
import { sendToBackground } from '@/utils/store/send';
import { buildNationalBatch } from '@/utils/national/batch';
import { nationalNotice } from '@/utils/capture/national-notice';
import { NATIONAL_MATCHES } from '@/utils/national/endpoints';
import { acceptNationalPort, isNationalMessage, type NationalMessage } from '@/utils/national/message';

/** The page loads its six groups at once: answer once for all of them. */
const SETTLE_MS = 600;
/** A page reloading its data in a loop is read once per settle, from at most this many responses. */
const MAX_PENDING = 60;

export default defineContentScript({
  matches: NATIONAL_MATCHES,
  runAt: 'document_start',
  main(ctx) {
    let pending: NationalMessage[] = [];
    let timer: number | undefined;

    const flush = async () => {
      const messages = pending;
      pending = [];
      const settings = await sendToBackground(ctx, { type: 'getPageSettings' });
      if (!ctx.isValid) return;
      if (!settings) {
        showNotice(document, 'error', ['Chưa lưu được số liệu: tiện ích không phản hồi.'], 'closed');
        return;
      }
      const batch = buildNationalBatch(messages, settings.unitName, { url: pageAddress(location.href), title: document.title });
      const { extractions } = batch.report;
      if (extractions.length === 0 && batch.problems.length === 0) return; // only groups the report does not use
      const reply = extractions.length > 0 ? await sendToBackground(ctx, { type: 'capture', report: batch.report }) : undefined;
      const text = nationalNotice(batch, reply);
      showNotice(document, text.tone, text.lines, 'closed');
    };

    const receive = (data: unknown) => {
      if (!ctx.isValid || pending.length >= MAX_PENDING || !isNationalMessage(data)) return;
      pending.push(data);
      if (timer !== undefined) clearTimeout(timer);
      timer = ctx.setTimeout(() => void flush(), SETTLE_MS);
    };

    // Only the first port, and only once: the observer's handshake comes before any page script's.
    let port: MessagePort | null = null;
    ctx.addEventListener(window, 'message', (event) => {
      if (port) return;
      port = acceptNationalPort(event, window);
      if (!port) return;
      port.onmessage = (e) => receive(e.data);
      ctx.onInvalidated(() => port?.close());
    });
  },
});
