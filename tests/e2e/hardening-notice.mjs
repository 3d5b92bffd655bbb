// Reads the in-page notice from its closed shadow root, as the browser's DevTools protocol sees it
// (page scripts, and Playwright's locators, cannot reach into a closed shadow root).

/** Flattened text of a DOM.Node tree (CDP), skipping <style>. */
function textOf(node) {
  if (node.nodeType === 3) return node.nodeValue;
  if (node.nodeName === 'STYLE') return '';
  const parts = [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(textOf);
  return node.nodeName === 'DIV' ? `${parts.join('')}\n` : parts.join('');
}

const attr = (node, name) => {
  const list = node.attributes ?? [];
  const i = list.findIndex((a, k) => k % 2 === 0 && a === name);
  return i >= 0 ? list[i + 1] : null;
};

function find(node, test) {
  if (test(node)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const hit = find(child, test);
    if (hit) return hit;
  }
  return null;
}

/** The notice's host, shadow-root mode, role and text; null while there is none. */
export async function readNotice(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const host = find(root, (n) => attr(n, 'data-bao-cao-cchc-notice') !== null);
    if (!host) return null;
    const shadow = host.shadowRoots?.[0];
    const box = shadow && find(shadow, (n) => attr(n, 'role') !== null);
    return { mode: shadow?.shadowRootType ?? null, role: box ? attr(box, 'role') : null, text: box ? textOf(box).trim() : '' };
  } finally {
    await cdp.detach();
  }
}

/** Waits for the notice (polling the protocol). */
export async function waitForNotice(page, timeout = 10_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const notice = await readNotice(page);
    if (notice?.role) return notice;
    if (Date.now() > end) throw new Error('no notice');
    await page.waitForTimeout(100);
  }
}
