// What a clerk does, as browser steps shared by the demo, the screenshots and the browser tests.

/** Options: unit and city (and optional extra fields by label), then "Lưu". */
export async function saveOptions(browser, { unit, city = 'thành phố Hải Phòng', extra = {} }) {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('options.html'));
  await page.getByLabel('Đơn vị báo cáo').fill(unit);
  await page.getByLabel('Tỉnh/thành phố').fill(city);
  for (const [label, value] of Object.entries(extra)) await page.getByLabel(label).fill(value);
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Đã lưu cài đặt.' }).waitFor();
  await page.close();
}

/** The extension's in-page notice (stored, updated or refused), inside its shadow root. */
export const noticeOf = (page) => page.getByRole('status').or(page.getByRole('alert')).filter({ hasText: 'Báo cáo CCHC' });

/** Opens a sample portal page and returns the text of the in-page notice. */
export async function capturePage(browser, fixture) {
  const page = await browser.context.newPage();
  await page.goto(browser.portalUrl(fixture));
  const notice = noticeOf(page);
  await notice.waitFor({ timeout: 15_000 });
  const text = (await notice.innerText()).replace(/\s*\n\s*/g, ' ').replace(/×$/, '').trim();
  await page.close();
  return text;
}

/**
 * The popup with "Kỳ báo cáo" set to the first option whose label contains `periodLabel` (a string) or matches it
 * (a RegExp).
 */
export async function openPopupAt(browser, periodLabel = 'Tháng 02/2026 (15/01/2026 – 14/02/2026)') {
  const popup = await browser.context.newPage();
  await popup.goto(browser.extensionUrl('popup.html'));
  const select = popup.getByLabel('Kỳ báo cáo');
  // By the option's value: its label gains " • có số liệu" once the popup has looked up which periods have data.
  const value = await select.locator('option', { hasText: periodLabel }).first().getAttribute('value');
  await select.selectOption(value);
  // The popup reads the chosen period's data, then shows it (aria-busy while it catches up).
  await popup.locator('main[aria-busy="false"]').waitFor();
  return popup;
}
