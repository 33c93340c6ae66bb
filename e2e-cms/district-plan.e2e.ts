import { existsSync, readFileSync, rmSync } from 'node:fs';
import { expect, test } from '@playwright/test';

// 2021 has no district plan in the content: the test makes one and removes it.
const file = 'content/ke-hoach-huyen/2021-323.yaml';

test.beforeEach(() => rmSync(file, { force: true }));
test.afterEach(() => rmSync(file, { force: true }));

test('an officer enters a district plan in Keystatic and the district page compares it with the activities', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/keystatic/collection/keHoachHuyen/create');
  // The header's own buttons are in Vietnamese too.
  await expect(page.getByRole('button', { name: 'Hoàn tác' })).toBeVisible();
  await page.getByLabel('Năm-mã huyện (tên tệp)').fill('2021-323');
  await page.getByLabel('Số, ký hiệu').fill('99/KH-UBND');
  await page.getByLabel('Ngày ban hành').fill('2021-11-20');
  await page.getByLabel('Trích yếu').fill('Kế hoạch thử nghiệm tuyên truyền quý 4 năm 2021 của thành phố');
  // One line: the whole city, loudspeakers, quarter 4.
  await page.getByRole('button', { name: 'Thêm mới' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('checkbox', { name: 'Loa truyền thanh' }).check();
  await dialog.getByRole('checkbox', { name: 'Quý 4' }).check();
  await dialog.getByRole('button', { name: 'Thêm mới' }).last().click();
  await page.getByRole('button', { name: 'Tạo mới' }).last().click();

  // Keystatic creates the file, then writes it: wait for the content, not just the name.
  const read = () => (existsSync(file) ? readFileSync(file, 'utf8') : '');
  await expect.poll(read, { timeout: 30_000 }).toContain('- loa-truyen-thanh');
  const saved = read();
  expect(saved).toContain('number: 99/KH-UBND');
  expect(saved).toContain('- loa-truyen-thanh');

  await expect(async () => {
    await page.goto('/chien-dich/huyen/323/');
    await expect(page.locator('#ke-hoach-2021')).toContainText('Năm 2021: Kế hoạch 99/KH-UBND ngày 20/11/2021');
    await expect(page.locator('#ke-hoach-2021')).toContainText(/Đã thực hiện \d+\/17 nội dung đến hạn/);
  }).toPass({ timeout: 30_000 });
});
