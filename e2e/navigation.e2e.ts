import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';

const sections = [
  { link: 'Tài liệu', path: '/tai-lieu/', heading: 'Tài liệu truyền thông' },
  { link: 'Bài giảng', path: '/bai-giang/', heading: 'Bài giảng cho nhà trường' },
  { link: 'Chiến dịch', path: '/chien-dich/', heading: 'Theo dõi chiến dịch' },
  { link: 'Tin tức', path: '/tin-tuc/', heading: 'Tin tức' },
  { link: 'Kế hoạch', path: '/ke-hoach/', heading: 'Kế hoạch số 164/KH-UBND' },
  { link: 'Hỗ trợ', path: '/ho-tro/', heading: 'Tìm giúp đỡ và báo tin' },
  { link: 'Trang chủ', path: '/', heading: 'Hiểu đúng, sống an toàn, biết nơi tìm giúp đỡ' },
];

test('the header navigation reaches every section and marks the current one', async ({ page, isMobile }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Mục chính' });
  const menu = page.locator('.site-header summary');
  if (isMobile) {
    // Issue 17: one compact header on a phone, every section one tap behind the "Danh mục" menu, which works without JavaScript.
    expect((await page.locator('.site-header').boundingBox())?.height).toBeLessThanOrEqual(120);
    await expect(page.getByRole('searchbox', { name: 'Tìm tài liệu, bài giảng, tin tức' })).toBeVisible();
    await expect(nav.getByRole('link').first()).toBeHidden();
    await menu.click();
    const open = await new AxeBuilder({ page }).include('.site-header').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(open.violations.map((violation) => violation.id)).toEqual([]);
    await menu.click();
  } else {
    await expect(menu).toBeHidden();
  }
  for (const section of sections) {
    if (isMobile) await menu.click();
    await nav.getByRole('link', { name: section.link, exact: true }).click();
    await expect(page).toHaveURL(section.path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(section.heading);
    await expect(page.locator('.site-header nav a[aria-current="page"]')).toHaveText(section.link);
  }
});

test('the home page leads each audience to its materials', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /Dành cho công nhân khu công nghiệp/ }).click();
  await expect(page).toHaveURL('/tai-lieu/doi-tuong/lao-dong-khu-cong-nghiep/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tài liệu cho người lao động khu công nghiệp');
});

test('the skip link moves focus to the main content', async ({ page, isMobile }) => {
  test.skip(isMobile, 'keyboard navigation is checked on desktop');
  await page.goto('/tai-lieu/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Bỏ qua, tới nội dung chính' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the header search sends the query to the search page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Tìm tài liệu, bài giảng, tin tức' }).fill('mai dam');
  await page.getByRole('button', { name: 'Tìm', exact: true }).click();
  await expect(page).toHaveURL('/tim-kiem/?q=mai+dam');
});

test('every plan target links to its place on the campaign page', async ({ page }) => {
  await page.goto('/ke-hoach/');
  const links = page.getByRole('link', { name: 'Theo dõi chỉ tiêu này trên trang Chiến dịch' });
  // One link per target of the plan shown (content/ke-hoach/), counted from the file.
  const plan = parse(readFileSync('content/ke-hoach/164-kh-ubnd-2021.yaml', 'utf8')) as { targets: unknown[] };
  await expect(links).toHaveCount(plan.targets.length);
  const hrefs = await links.evaluateAll((els) => els.map((el) => el.getAttribute('href')));
  await page.goto('/chien-dich/');
  for (const href of hrefs) {
    const id = href?.split('#')[1] ?? '';
    await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
  }
});

test('the help page gives 111 and 113 as callable links and marks unfilled local services', async ({ page }) => {
  await page.goto('/ho-tro/');
  await expect(page.locator('a[href="tel:111"]')).toHaveText('111');
  await expect(page.locator('a[href="tel:113"]')).toHaveText('113');
  await expect(page.getByText('Chưa cập nhật').first()).toBeVisible();
  await expect(page.getByText('Pháp lệnh Phòng, chống mại dâm năm 2003')).toBeVisible();
});

test('an unknown address shows the Vietnamese 404 page', async ({ page }) => {
  const response = await page.goto('/khong-co-trang-nay/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang này');
});
