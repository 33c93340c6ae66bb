import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { readSiteFile, removeSiteFile, site } from './site';

const title = 'Tài liệu thử nghiệm tạo từ trình biên tập';
const slug = 'tai-lieu-thu-nghiem-tao-tu-trinh-bien-tap';
const folder = `content/tai-lieu/${slug}`;

// In the copy of the project: start from no such material.
test.beforeEach(() => removeSiteFile(folder));

test('an officer creates a material in Keystatic and it appears on the site with its share image', async ({ page, request }) => {
  test.setTimeout(180_000);
  await page.goto('/keystatic/collection/taiLieu/create');

  await page.getByRole('textbox', { name: 'Tiêu đề', exact: true }).fill(title);
  // The slug is made from the title, without tone marks.
  await expect(page.getByRole('textbox', { name: 'Đường dẫn', exact: true })).toHaveValue(slug);
  await page.getByRole('textbox', { name: 'Tóm tắt' }).fill('Tài liệu tạo trong bài kiểm tra tự động để xác nhận trình biên tập hoạt động.');
  await page.getByRole('checkbox', { name: 'Cộng đồng' }).check();
  await page.getByRole('checkbox', { name: 'Pháp luật về phòng, chống mại dâm' }).check();
  await page.getByRole('textbox', { name: 'Đơn vị biên soạn' }).fill('Ban biên tập');
  const editor = page.locator('[contenteditable="true"]').first();
  await editor.click();
  await editor.pressSequentially('Nội dung viết trong trình biên tập.');
  await page.getByRole('button', { name: 'Tạo mới' }).click();

  // Keystatic creates the file, then writes it: wait for the content, not just the name.
  const read = () => readSiteFile(`${folder}/index.mdoc`);
  await expect.poll(read, { timeout: 30_000 }).toContain('Nội dung viết trong trình biên tập.');
  const saved = read();
  expect(saved).toContain(`title: ${title}`);
  expect(saved).toContain('- cong-dong');
  expect(saved).toContain('Nội dung viết trong trình biên tập.');

  // The dev server picks the new file up with no code change.
  await expect(async () => {
    await page.goto('/tai-lieu/');
    await expect(page.getByRole('link', { name: title })).toBeVisible();
  }).toPass({ timeout: 30_000 });
  await page.goto('/tai-lieu/doi-tuong/cong-dong/');
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content');
  const image = await request.get(new URL(ogImage ?? '').pathname);
  expect(image.headers()['content-type']).toBe('image/png');
  expect((await image.body()).length).toBeGreaterThan(10_000);
});

test('the admin speaks Vietnamese and refuses an incomplete material with a Vietnamese message', async ({ page }) => {
  await page.goto('/keystatic/collection/taiLieu/create');
  // The admin's first load compiles its bundle: slow on a busy machine.
  await expect(page.getByRole('link', { name: 'Tổng quan' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('textbox', { name: 'Tiêu đề', exact: true }).fill('Ngắn');
  await page.getByRole('button', { name: 'Tạo mới' }).click();
  await expect(page.getByText('Tiêu đề: cần ít nhất 5 ký tự')).toBeVisible();
  await expect(page.getByText('Tóm tắt: cần ít nhất 20 ký tự')).toBeVisible();
  expect(existsSync(site('content/tai-lieu/ngan'))).toBe(false);
});
