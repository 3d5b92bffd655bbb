// Main world: observes the national index page's own API responses (utils/national/observe.ts).
import { NATIONAL_MATCHES } from '@/utils/national/endpoints';
import { installObserver } from '@/utils/national/observe';

export default defineContentScript({
  matches: NATIONAL_MATCHES,
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    installObserver(window);
  },
});
