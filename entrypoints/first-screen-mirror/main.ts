// The background's offscreen document (Chromium): writes the popup's first-screen copy to this origin's localStorage,
// which the service worker cannot reach (utils/store/first-screen-mirror-writer.ts). Answers the one message only.
import { nativeBrowser as browser } from '@/utils/store/native-browser';
import { isMirrorMessage, writeMirror } from '@/utils/store/first-screen-mirror';

browser.runtime.onMessage.addListener((msg: unknown, _sender: unknown, sendResponse: (written: boolean) => void) => {
  if (!isMirrorMessage(msg)) return undefined;
  sendResponse(writeMirror(msg.screen));
  return undefined;
});
