import { existsSync, readdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import Papa from 'papaparse';
import { readSiteFile, site } from './site';

/**
 * Quarterly reports on the desk, on the dev server of the temporary copy: the
 * Monday list recomputed from the copy's files, copy and share, "đã nhắc" and
 * "đã nhận: không có hoạt động"; closing a quarter, a refused write, a refused
 * reopening without a reason, reopening, and the public quarter page's state.
 */
/** YAML as stored, dates kept as text (YYYY-MM-DD). */
const load = (text: string) => loadYaml(text, { schema: CORE_SCHEMA });
const todayVn = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
const vnDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** The current quarter as the desk names it, and its first day. */
function currentQuarter() {
  const today = todayVn();
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const year = Number(today.slice(0, 4));
  return { id: `${year}-q${quarter}`, year, quarter, start: `${year}-${String(quarter * 3 - 2).padStart(2, '0')}-01`, today };
}

/** Expected "chưa báo cáo" units of old Hưng Yên's area, recomputed from the copy's unit list, activity files and quarter file. */
function notReportedNames(q: ReturnType<typeof currentQuarter>): string[] {
  const units = Papa.parse<Record<string, string>>(readSiteFile('content/don-vi-hanh-chinh/hung-yen-units-2025.csv'), { header: true, skipEmptyLines: true }).data.filter(
    (row) => row.formed_from_old_province === 'Hưng Yên',
  );
  const active = new Set<string>();
  const dir = site(`content/hoat-dong/${q.year}`);
  const files = existsSync(dir) ? readdirSync(dir) : [];
  for (const name of files) {
    const data = load(readFileSync(`${dir}/${name}`, 'utf8')) as { unit: { list: string; code: string }; activities: { date: string }[] };
    if (data.unit.list === '2025-07' && data.activities.some((a) => String(a.date) >= q.start && String(a.date) <= q.today)) active.add(data.unit.code);
  }
  const quarterFile = readSiteFile(`content/bao-cao-quy/${q.id}.yaml`);
  const received = new Set(((load(quarterFile || '{}') as { receipts?: { unit: { code: string } }[] }).receipts ?? []).map((r) => r.unit.code));
  return units.filter((u) => !active.has(u.commune_code!) && !received.has(u.commune_code!)).map((u) => `${u.commune_type} ${u.commune_name}`);
}

const dueDays = () => Number(/dueDays: (\d+)/.exec(readSiteFile('content/cai-dat-bao-cao/index.yaml'))?.[1] ?? 10);

test.describe('the Monday list on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('lists who has not reported, with messages to copy or share, and records "đã nhắc" and "không có hoạt động"', async ({ page, context }) => {
    test.setTimeout(90_000);
    const q = currentQuarter();
    const listUrl = `/nhap-lieu/bao-cao-quy/?quy=${q.id}&khu-vuc=${encodeURIComponent('tinh-cu:Hưng Yên')}`;
    // Share sheet available (as on a phone): record what is shared.
    await page.addInitScript(() => {
      (window as unknown as { shared: unknown[] }).shared = [];
      Object.defineProperty(navigator, 'share', { configurable: true, value: async (data: unknown) => (window as unknown as { shared: unknown[] }).shared.push(data) });
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(listUrl);
    const section = page.locator('section', { has: page.getByRole('heading', { name: /^Chưa báo cáo/ }) });
    const expected = notReportedNames(q);
    await expect(section.getByRole('heading', { level: 3 })).toHaveText(expected);
    const first = section.locator('li').first();
    const message = (await first.locator('pre.message').textContent()) ?? '';
    const quarterEnd = new Date(Date.UTC(q.year, q.quarter * 3, 0));
    const due = new Date(quarterEnd.getTime() + dueDays() * 86_400_000).toISOString().slice(0, 10);
    expect(message).toContain(expected[0]!);
    expect(message).toContain(`Quý ${q.quarter}/${q.year}`);
    expect(message).toContain(vnDate(due));
    expect(message).toContain(`/nhap-lieu/mau.xlsx?ky=${q.year}-Q${q.quarter}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

    await first.getByRole('button', { name: 'Sao chép' }).click();
    await expect(page.locator('.copy-status')).toContainText('Đã sao chép');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(message);
    await first.getByRole('button', { name: /Chia sẻ/ }).click();
    expect(await page.evaluate(() => (window as unknown as { shared: { text: string }[] }).shared)).toEqual([{ text: message }]);
    await page.getByRole('button', { name: 'Sao chép tất cả tin nhắn' }).click();
    expect((await page.evaluate(() => navigator.clipboard.readText())).split('\n\n')[0]).toBe(message);

    // "Đã nhắc" is kept with today's date; "đã nhận, không có hoạt động" moves the unit to its own list.
    await first.getByRole('button', { name: 'Đã nhắc' }).click();
    await expect(page.getByRole('status').first()).toContainText(`đã nhắc ${expected[0]}`);
    await expect(section.locator('li', { hasText: expected[0]! }).locator('.meta')).toContainText(`Đã nhắc ngày ${vnDate(q.today)}`);
    if (expected.length > 1) {
      await section.locator('li', { hasText: expected[1]! }).getByRole('button', { name: 'Đã nhận: không có hoạt động' }).click();
      const none = page.locator('section', { has: page.getByRole('heading', { name: /^Đã báo cáo, không có hoạt động/ }) });
      await expect(none.getByRole('heading', { level: 3, name: expected[1]! })).toBeVisible();
      await expect(section.getByRole('heading', { level: 3 })).toHaveText(expected.filter((name) => name !== expected[1]));
    }
    const stored = readSiteFile(`content/bao-cao-quy/${q.id}.yaml`);
    expect(stored).toContain(`on: ${q.today}`);
    expect(stored).toContain('noActivity: true');
    // Reporting and on-time rates, recomputed from the copy's files: received = a receipt or an activity; on time = a receipt by the due date.
    const receipts = ((load(stored) as { receipts?: { unit: { code: string }; receivedOn: string }[] }).receipts ?? []).map((r) => ({ code: r.unit.code, on: String(r.receivedOn) }));
    const area = new Set(Papa.parse<Record<string, string>>(readSiteFile('content/don-vi-hanh-chinh/hung-yen-units-2025.csv'), { header: true, skipEmptyLines: true }).data.filter((u) => u.formed_from_old_province === 'Hưng Yên').map((u) => u.commune_code!));
    const total = area.size;
    const notReported = notReportedNames(q).length;
    const onTime = receipts.filter((r) => area.has(r.code) && r.on <= due).length;
    const percent = (n: number) => `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format((n / total) * 100)}%`;
    const summary = page.locator('dl.summary');
    await expect(summary).toContainText(`${total - notReported}/${total} (${percent(total - notReported)})`);
    await expect(summary).toContainText(onTime === 0 ? 'chưa ghi ngày nhận báo cáo nào' : percent(onTime));

    // Printed, the forms and buttons are gone and the messages stay.
    await page.emulateMedia({ media: 'print' });
    await expect(first.getByRole('button', { name: 'Đã nhắc' })).toBeHidden();
    await expect(first.locator('pre.message')).toBeVisible();
  });

  test('works without JavaScript (the messages are text to select) and hides the share button where there is no share sheet', async ({ browser }) => {
    const q = currentQuarter();
    const noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await noScript.newPage();
    await page.goto(`/nhap-lieu/bao-cao-quy/?quy=${q.id}`);
    await expect(page.locator('pre.message').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sao chép' }).first()).toBeHidden();
    await noScript.close();
    const desktop = await browser.newContext();
    const withScript = await desktop.newPage();
    await withScript.addInitScript(() => Object.defineProperty(navigator, 'share', { configurable: true, value: undefined }));
    await withScript.goto(`/nhap-lieu/bao-cao-quy/?quy=${q.id}`);
    await expect(withScript.getByRole('button', { name: 'Sao chép' }).first()).toBeVisible();
    await expect(withScript.getByRole('button', { name: /Chia sẻ/ }).first()).toBeHidden();
    await desktop.close();
  });
});

test.describe('closing a quarter', () => {
  async function handForm(page: Page, date: string, commune: string, description: string) {
    await page.goto('/nhap-lieu/mot-hoat-dong/');
    await page.getByLabel('Ngày *').fill(date);
    await page.getByLabel(/^Xã, phường, thị trấn/).fill(commune);
    await page.getByLabel('Hình thức *').selectOption({ label: 'Tờ rơi' });
    await page.getByRole('checkbox', { name: 'Cộng đồng' }).check();
    await page.getByLabel(/^Mô tả ngắn/).fill(description);
    await page.getByRole('button', { name: 'Ghi hoạt động' }).click();
  }

  test('refuses a write into a closed quarter, refuses reopening without a reason, and takes the write once reopened', async ({ page }) => {
    test.setTimeout(120_000);
    const today = vnDate(todayVn());
    await page.goto('/nhap-lieu/chot-so-lieu/');
    const quarter = page.locator('section', { has: page.getByRole('heading', { name: /^Quý 4\/2025/ }) });
    await quarter.getByLabel(/^Ghi chú/).fill('Đã báo cáo UBND tỉnh (kiểm thử)');
    await quarter.getByRole('button', { name: 'Chốt số liệu Quý 4/2025' }).click();
    await expect(page.getByRole('status')).toContainText('Đã chốt số liệu Quý 4/2025');
    expect(readSiteFile('content/bao-cao-quy/2025-q4.yaml')).toMatch(/closes:\n {2}- area: tinh\n[\s\S]*files:\n {6}- path: content\/hoat-dong\/2025\//);
    await page.goto('/chien-dich/cham/2025-q4/');
    await expect(page.locator('dl.facts')).toContainText(`Số liệu đã chốt ngày ${today}`);

    const description = `Phát tờ rơi sau khi chốt (kiểm thử ${Date.now()})`;
    await handForm(page, '2025-11-20', 'pho hien', description);
    await expect(page.getByRole('alert').or(page.locator('.field-error')).first()).toContainText(`Quý 4/2025 (toàn tỉnh) đã chốt số liệu ngày ${today}`);

    // The browser asks for a reason; a post without one (or too short) is refused by the server too.
    const refused = await page.request.post('/nhap-lieu/chot-so-lieu/', { form: { 'hanh-dong': 'mo-lai', quy: '2025-q4', muc: '0', 'ly-do': 'ngắn' }, headers: { Origin: new URL(page.url()).origin } });
    expect(refused.status()).toBe(409);
    expect(await refused.text()).toContain('phải ghi lý do');

    await page.goto('/nhap-lieu/chot-so-lieu/');
    await quarter.getByLabel(/^Lý do mở lại/).fill('Phường Phố Hiến gửi bổ sung một hoạt động (kiểm thử)');
    await quarter.getByRole('button', { name: 'Mở lại' }).click();
    await expect(page.getByRole('status')).toContainText('Đã mở lại số liệu Quý 4/2025');
    await handForm(page, '2025-11-20', 'pho hien', description);
    await expect(page.getByRole('status')).toContainText('Đã ghi 1 hoạt động');
    await page.goto('/chien-dich/cham/2025-q4/');
    await expect(page.locator('dl.facts')).toContainText('Đang mở');
    expect(readSiteFile('content/bao-cao-quy/2025-q4.yaml')).toContain('reason: Phường Phố Hiến gửi bổ sung một hoạt động (kiểm thử)');

    // Officers can read and correct the same file in the CMS, in Vietnamese.
    await page.goto('/keystatic/collection/baoCaoQuy/item/2025-q4');
    await expect(page.getByText('Chốt số liệu', { exact: true }).first()).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText('Báo cáo đã nhận', { exact: true }).first()).toBeVisible();
  });
});

test('the desk makes a district’s quarterly report in the state format on demand', async ({ page }) => {
  // The first report computes the campaign and the plans on the dev server: slow on a busy machine.
  test.setTimeout(120_000);
  await page.goto('/nhap-lieu/');
  await page.getByLabel('Kỳ của báo cáo').selectOption({ label: 'Quý 2/2024' });
  await page.getByLabel('Khu vực của báo cáo').selectOption({ label: 'Huyện Văn Lâm' });
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 100_000 }), page.getByRole('button', { name: 'Tải báo cáo Word' }).click()]);
  expect(download.suggestedFilename()).toBe('bao-cao-huyen-325-2024-q2.docx');
  const document = strFromU8(unzipSync(new Uint8Array(readFileSync((await download.path())!)))['word/document.xml']!);
  const text = document.replace(/<[^>]+>/g, '');
  expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(text).toContain('Huyện Văn Lâm');
  expect(text.toLowerCase()).toContain('quý 2/2024');
  // A running quarter is refused with the reason.
  const refused = await page.request.get('/nhap-lieu/bao-cao-cap-tren.docx?ky=2099-Q1');
  expect(refused.status()).toBe(400);
  expect(await refused.text()).toContain('chưa kết thúc');
});
