import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import { readSiteFile, removeSiteFile, site } from './site';

// Thành phố Hưng Yên's 2021 plan, entered in the copy of the project (any existing one is removed there first).
const file = 'content/ke-hoach-huyen/2021-323.yaml';
const communes = Papa.parse<Record<string, string>>(readFileSync(site('content/don-vi-hanh-chinh/hung-yen-units-2021.csv'), 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data.filter((unit) => unit.district_code === '323').length;

test.beforeEach(() => removeSiteFile(file));

test('an officer enters a district plan in Keystatic and the district page compares it with the activities', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/keystatic/collection/keHoachHuyen/create');
  // The header's own buttons are in Vietnamese too.
  await expect(page.getByRole('button', { name: 'Hoàn tác' })).toBeVisible();
  await page.getByLabel('Năm-mã huyện (tên tệp)').fill('2021-323');
  await page.getByLabel('Số, ký hiệu').fill('99/KH-UBND');
  await page.getByLabel('Ngày ban hành').fill('2021-11-20');
  await page.getByLabel('Trích yếu').fill('Kế hoạch thử nghiệm tuyên truyền quý 4 năm 2021 của thành phố');
  // One line: the whole city (every commune), loudspeakers, quarter 4: one cell per commune.
  await page.getByRole('button', { name: 'Thêm mới' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('checkbox', { name: 'Loa truyền thanh' }).check();
  await dialog.getByRole('checkbox', { name: 'Quý 4' }).check();
  await dialog.getByRole('button', { name: 'Thêm mới' }).last().click();
  await page.getByRole('button', { name: 'Tạo mới' }).last().click();

  // Keystatic creates the file, then writes it: wait for the content, not just the name.
  const read = () => readSiteFile(file);
  await expect.poll(read, { timeout: 30_000 }).toContain('- loa-truyen-thanh');
  const saved = read();
  expect(saved).toContain('number: 99/KH-UBND');
  expect(saved).toContain('- loa-truyen-thanh');

  await expect(async () => {
    await page.goto('/chien-dich/huyen/323/');
    await expect(page.locator('#ke-hoach-2021')).toContainText('Năm 2021: Kế hoạch 99/KH-UBND ngày 20/11/2021');
    await expect(page.locator('#ke-hoach-2021')).toContainText(new RegExp(`Đã thực hiện \\d+/${communes} nội dung đến hạn`));
  }).toPass({ timeout: 30_000 });
});
