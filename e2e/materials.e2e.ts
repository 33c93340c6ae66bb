import { expect, test } from '@playwright/test';

const broadcast = '/tai-lieu/canh-giac-voi-loi-moi-viec-lam-them-tren-mang/';
const poster = '/tai-lieu/giay-to-tuy-than-la-cua-ban-dung-de-ai-giu/';

test('a material page links to its audience, kind and topic pages and back', async ({ page }) => {
  await page.goto(broadcast);
  await expect(page.getByRole('navigation', { name: 'Vị trí trang' }).getByRole('link', { name: 'Bài phát thanh' })).toHaveAttribute(
    'href',
    '/tai-lieu/loai/kich-ban-loa/',
  );
  await page.getByRole('link', { name: 'Học sinh, sinh viên', exact: true }).first().click();
  await expect(page).toHaveURL('/tai-lieu/doi-tuong/hoc-sinh-sinh-vien/');
  await expect(page.getByRole('link', { name: 'Cảnh giác với lời mời việc làm thêm trên mạng' })).toBeVisible();
});

test('a loudspeaker script shows its reading time and the pace used', async ({ page }) => {
  await page.goto(broadcast);
  await expect(page.getByText(/Thời lượng đọc trên loa: khoảng \d+ phút/)).toBeVisible();
  await expect(page.getByText(/tốc độ đọc 120 tiếng mỗi phút/)).toBeVisible();
});

test('every material has a 1200×630 share image as og:image, and a share row with no third-party script', async ({ page, request }) => {
  await page.goto(broadcast);
  const og = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');
  const png = await (await request.get(new URL(og ?? '').pathname)).body();
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  const share = page.getByRole('region', { name: 'Chia sẻ' });
  await expect(share.getByRole('link', { name: /Facebook/ })).toHaveAttribute('href', /facebook\.com\/sharer\/sharer\.php\?u=/);
  await expect(share.getByRole('link', { name: /Zalo/ })).toHaveAttribute('href', /chia-se\.png$/);
  await expect(share.getByRole('textbox')).toHaveValue(/\/tai-lieu\/canh-giac-voi-loi-moi-viec-lam-them-tren-mang\/$/);
});

test('a poster material offers an A4 poster with a QR code back to its page', async ({ page, request }) => {
  await page.goto(poster);
  const link = page.getByRole('link', { name: /Áp phích khổ A4 để in/ });
  const png = await (await request.get((await link.getAttribute('href')) ?? '')).body();
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1240, 1754]);
});

test('printing a material keeps the text and drops navigation, downloads and sharing', async ({ page }) => {
  await page.goto(broadcast);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Chia sẻ' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Tải về' })).toBeHidden();
  await expect(page.getByText(/^Đọc trực tuyến: http/)).toBeVisible();
});

test('the materials index lists every material and browses by kind and topic', async ({ page }) => {
  await page.goto('/tai-lieu/');
  const count = Number((await page.getByRole('heading', { name: /Tất cả tài liệu/ }).textContent())?.match(/\d+/)?.[0]);
  expect(count).toBeGreaterThanOrEqual(24);
  await page.getByRole('region', { name: 'Theo loại tài liệu' }).getByRole('link', { name: 'Tiểu phẩm' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tiểu phẩm: tài liệu truyền thông');
  expect(await page.locator('main .card-list > li').count()).toBeGreaterThanOrEqual(2);
});
