/**
 * The one-activity form on a phone without network (issue 19), on the dev server of the test copy:
 * an entry is checked with the importer's rules and kept on the device as "chưa gửi", survives a
 * reload offline, downloads as the importer's CSV, and is sent (written into the copy) once online;
 * an entry the desk refuses when sent (a duplicate) is kept with the desk's reason.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { xlsxTable } from '../src/lib/activities/import/table';
import { site } from './site';
import { IMPORT_COLUMNS } from '../src/lib/activities/import/header';

test.use({ viewport: { width: 360, height: 740 } });

test('entries made offline are kept, survive a reload, export as CSV and are sent when back online', async ({ page, context }) => {
  test.setTimeout(90_000);
  await page.goto('/nhap-lieu/mot-hoat-dong/');
  // A fresh dev server may optimise the page's dependencies on its first load and reload it: let that settle.
  await page.waitForLoadState('networkidle');
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 20_000 }).toBe(true);
  await page.reload(); // now through the desk's worker, which keeps the form for offline use
  await page.waitForLoadState('networkidle');

  const date = '2025-08-25';
  await page.getByLabel('Ngày *').fill(date);
  const unit = await page.evaluate((day) => {
    const list = [...document.querySelectorAll<HTMLDataListElement>('datalist[data-from]')].find((l) => day >= l.dataset.from! && (l.dataset.to === '' || day <= l.dataset.to!));
    return list?.querySelector('option')?.value ?? '';
  }, date);
  const description = `Nói chuyện ở nhà văn hoá khi mất sóng (kiểm thử ${Date.now()})`;

  await context.setOffline(true);
  await page.getByLabel(/^Xã, phường, thị trấn/).fill(unit);
  await page.getByLabel('Hình thức *').selectOption({ label: 'Tờ rơi' });
  await page.getByRole('checkbox', { name: 'Cộng đồng' }).check();
  await page.getByLabel(/^Mô tả ngắn/).fill(description);
  // The same rules as online: a count that is not a number is refused, and nothing is kept.
  await page.getByLabel(/^Số người tham dự/).fill('12a');
  await page.locator('#mot-hoat-dong').evaluate((form: HTMLFormElement) => form.setAttribute('novalidate', ''));
  await page.getByRole('button', { name: 'Ghi hoạt động' }).click();
  await expect(page.getByRole('alert')).toContainText('Số người');
  await page.getByLabel(/^Số người tham dự/).fill('25');
  await page.getByRole('button', { name: 'Ghi hoạt động' }).click();
  const pending = page.getByRole('region', { name: /Hoạt động chưa gửi/ });
  await expect(pending.getByRole('listitem')).toHaveCount(1);
  await expect(pending.getByRole('listitem')).toContainText('chưa gửi');
  // The same activity a second time: it passes the row rules here, and the desk refuses it as a duplicate when sent.
  await page.getByLabel(/^Xã, phường, thị trấn/).fill(unit);
  await page.getByLabel(/^Mô tả ngắn/).fill(description);
  await page.getByLabel(/^Số người tham dự/).fill('25');
  await page.getByRole('button', { name: 'Ghi hoạt động' }).click();
  await expect(pending.getByRole('listitem')).toHaveCount(2);

  // A reload without network keeps the form and the entry.
  await page.reload();
  await expect(pending.getByRole('listitem')).toHaveCount(2);
  await expect(pending.getByRole('listitem').first()).toContainText(description.slice(0, 40));

  // The importer's CSV, to send through Zalo.
  const [download] = await Promise.all([page.waitForEvent('download'), pending.getByRole('button', { name: /Tải tệp CSV/ }).click()]);
  const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
  expect(csv.split('\r\n')[0]).toBe(IMPORT_COLUMNS.join(','));
  expect(csv).toContain(description);
  expect(csv.trim().split('\r\n')).toHaveLength(3);
  const [excel] = await Promise.all([page.waitForEvent('download'), pending.getByRole('button', { name: /Tải tệp Excel/ }).click()]);
  expect(excel.suggestedFilename()).toMatch(/\.xlsx$/);
  const sheet = (await xlsxTable(readFileSync((await excel.path())!))).rows.map((row) => row.cells.join('|'));
  expect(sheet).toHaveLength(2);
  expect(sheet[0]).toContain(description);

  // Back online: sent, written into the copy's files, and gone from the device.
  // Back online: the first is sent; the duplicate is refused, says why and stays on the device until removed.
  await context.setOffline(false);
  await expect(page.getByRole('status').filter({ hasText: 'Đã gửi 1 hoạt động. Còn 1 hoạt động chưa gửi' })).toBeVisible({ timeout: 20_000 });
  await expect(pending.getByRole('listitem')).toHaveCount(1);
  await expect(pending.getByRole('listitem')).toContainText('Lần gửi trước chưa được: Hoạt động này (cùng ngày, xã, hình thức và mô tả) đã có trong dữ liệu');
  await page.reload();
  await expect(pending.getByRole('listitem')).toContainText('Lần gửi trước chưa được');
  page.once('dialog', (dialog) => void dialog.accept());
  await pending.getByRole('button', { name: 'Xoá hoạt động này' }).click();
  await expect(pending).toBeHidden();
  const folder = site('content/hoat-dong/2025');
  expect(readdirSync(folder).some((file) => readFileSync(join(folder, file), 'utf8').includes(description))).toBe(true);
});
