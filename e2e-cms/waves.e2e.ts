import { readdirSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { readSiteFile, removeSiteFile, site } from './site';

/**
 * Campaign waves in the editing app of a temporary copy: a wave opens in the Keystatic admin in
 * Vietnamese, and the desk links a wave's activities in one action (every file written is in the copy).
 */
const WAVE = 'content/dot-chien-dich/dot-thu-thang-8-2025.yaml';

test.afterAll(() => removeSiteFile(WAVE));

test('a wave opens in the CMS, and the desk links the activities inside its dates, area and formats in one action', async ({ page }) => {
  await page.goto('/keystatic/collection/dotChienDich/item/thang-hanh-dong-quoc-gia-phong-chong-hiv-aids-nam-2025');
  await expect(page.getByText('Lịch phát thanh', { exact: true }).first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('textbox', { name: 'Tên đợt' })).toHaveValue('Tháng hành động quốc gia phòng, chống HIV/AIDS năm 2025');
  await expect(page.getByRole('grid', { name: 'Thông điệp chính' })).toBeVisible();

  writeFileSync(
    site(WAVE),
    "name: Đợt thử tháng 8 năm 2025\nstart: 2025-08-01\nend: 2025-08-31\nbasis: Đợt thử nghiệm của bài kiểm thử tự động\nbasisUrl: ''\nallUnits: true\nunits: []\naudiences:\n  - cong-dong\nmessages:\n  - Thông điệp thử\nmaterials: []\nlessonKits: []\nexpected:\n  - format: hoi-nghi\n    count: 5\nbroadcasts: []\n",
  );
  await page.goto('/nhap-lieu/dot/');
  const row = page.getByRole('row', { name: /Đợt thử tháng 8 năm 2025/ });
  const button = row.getByRole('button', { name: /^Gắn [\d.]+ hoạt động$/ });
  if ((await button.count()) === 0) {
    // No record of that month and format in this copy's content: nothing to link, said as such.
    await expect(row).toContainText('Không có');
    return;
  }
  const count = Number((await button.textContent())!.match(/[\d.]+/)![0]!.replace(/\./g, ''));
  await button.click();
  await expect(page.getByRole('status')).toContainText(`Đã gắn ${count.toLocaleString('vi-VN')} hoạt động vào đợt "Đợt thử tháng 8 năm 2025"`);
  await expect(page.getByRole('row', { name: /Đợt thử tháng 8 năm 2025/ })).toContainText('Không có');
  await page.goto('/chien-dich/dot/dot-thu-thang-8-2025/');
  await expect(page.getByText(new RegExp(`^${count.toLocaleString('vi-VN')} hoạt động được gắn vào đợt`))).toBeVisible();
  const written = readdirSync(site('content/hoat-dong/2025')).map((name) => readSiteFile(`content/hoat-dong/2025/${name}`));
  expect(written.reduce((sum, text) => sum + (text.match(/^ {4}wave: dot-thu-thang-8-2025$/gm)?.length ?? 0), 0)).toBe(count);
});
