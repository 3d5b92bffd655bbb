// Isolated world: receives the observer's copies of the national index responses,
// reads the clerk's unit from them (utils/national), stores the capture, shows the notice.
import { showNotice } from '@/utils/capture/page-notice';
import { pageAddress } from '@/utils/domain/page-address';
import { sendToBackground } from '@/utils/store/send';
import { buildNationalBatch, nationalNotice } from '@/utils/national/batch';
import { NATIONAL_MATCHES } from '@/utils/national/endpoints';
import { acceptNationalMessage, type NationalMessage } from '@/utils/national/message';
import type { CaptureReply } from '@/utils/store/messages';
import type { Settings } from '@/utils/domain/types';

/** The page loads its six groups at once: answer once for all of them. */
const SETTLE_MS = 600;

export default defineContentScript({
  matches: NATIONAL_MATCHES,
  runAt: 'document_start',
  main(ctx) {
    let pending: NationalMessage[] = [];
    let timer: number | undefined;

    const flush = async () => {
      const messages = pending;
      pending = [];
      const settings = await sendToBackground<Settings>(ctx, { type: 'getSettings' });
      if (!ctx.isValid) return;
      if (!settings) {
        showNotice(document, 'error', ['Chưa lưu được số liệu: tiện ích không phản hồi.']);
        return;
      }
      const batch = buildNationalBatch(messages, settings.unitName, { url: pageAddress(location.href), title: document.title });
      const { extractions } = batch.report;
      if (extractions.length === 0 && batch.problems.length === 0) return; // only groups the report does not use
      const reply = extractions.length > 0 ? await sendToBackground<CaptureReply>(ctx, { type: 'capture', report: batch.report }) : undefined;
      const text = nationalNotice(batch, reply);
      showNotice(document, text.tone, text.lines);
    };

    ctx.addEventListener(window, 'message', (event) => {
      const msg = acceptNationalMessage(event, window);
      if (!msg) return;
      pending.push(msg);
      if (timer !== undefined) clearTimeout(timer);
      timer = ctx.setTimeout(() => void flush(), SETTLE_MS);
    });
  },
});
