// Main world: observes the national index page's own API responses (utils/national/observe.ts)
// and sends the copies on a private MessageChannel, whose other port it hands to the isolated
// bridge in one window message at document_start, before any page script runs.
import { NATIONAL_MATCHES } from '@/utils/national/endpoints';
import { installObserver } from '@/utils/national/observe';
import { NATIONAL_PORT } from '@/utils/national/message';

export default defineContentScript({
  matches: NATIONAL_MATCHES,
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    const channel = new MessageChannel();
    if (!installObserver(window, (message) => channel.port1.postMessage(message))) return;
    window.postMessage({ source: NATIONAL_PORT }, location.origin, [channel.port2]);
  },
});
