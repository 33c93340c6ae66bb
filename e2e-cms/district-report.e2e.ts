import { expect, test } from '@playwright/test';
import { readSiteFile, removeSiteFile } from './site';

// Thành phố Hưng Yên's 2021 report, entered in the copy of the project (any existing one is removed there first).
const file = 'content/bao-cao-huyen/2021-323.yaml';

test.beforeEach(() => removeSiteFile(file));

test('an officer enters a district\'s yearly figures in Keystatic and the year page shows them', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/keystatic/collection/baoCaoHuyen/create');
  await page.getByLabel('Năm-mã huyện (tên tệp)').fill('2021-323');
  await page.getByLabel('Báo cáo số').fill('Báo cáo thử nghiệm 1/BC-UBND ngày 20/12/2021');
  await page.getByRole('textbox', { name: 'Số tin báo, tố giác, khiếu nại nhận được' }).fill('4');
  await page.getByRole('textbox', { name: 'Số đã xác minh, xử lý kịp thời' }).fill('3');
  // The number fields' step buttons speak Vietnamese to screen readers too.
  await expect(page.getByRole('button', { name: 'Tăng Số đã xác minh, xử lý kịp thời' })).toBeAttached();
  await page.getByRole('button', { name: 'Tạo mới' }).click();

  // Keystatic creates the file, then writes it: wait for the content, not just the name.
  const read = () => readSiteFile(file);
  await expect.poll(read, { timeout: 30_000 }).toContain('tipsHandled: 3');
  const saved = read();
  expect(saved).toContain('tipsReceived: 4');
  expect(saved).toContain('tipsHandled: 3');

  // The dev server reads the new file; figures not entered stay "Chưa báo cáo".
  await expect(async () => {
    await page.goto('/chien-dich/nam/2021/');
    const row = page.getByRole('row', { name: /Thành phố Hưng Yên/ });
    await expect(row).toContainText('3/4 (75%)');
    await expect(row.getByRole('cell', { name: 'Chưa báo cáo' })).toHaveCount(4);
  }).toPass({ timeout: 30_000 });
});
