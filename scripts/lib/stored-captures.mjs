// Reads what the extension stored: the background's IndexedDB ('bao-cao-cchc', store 'captures'), read from inside
// the service worker, so a browser test checks the records themselves rather than the notice's wording.

/**
 * @param {{ context: import('playwright-core').BrowserContext }} browser as returned by launchWithExtension
 * @param {string} [url] only the captures of this page address (origin + path, as stored)
 * @returns {Promise<Array<Record<string, any>>>}
 */
export async function storedCaptures(browser, url) {
  const [worker] = browser.context.serviceWorkers();
  if (!worker) throw new Error('Không thấy service worker của tiện ích.');
  const all = await worker.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('bao-cao-cchc');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('captures').objectStore('captures').getAll();
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result);
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );
  return url === undefined ? all : all.filter((c) => c.url === url);
}
