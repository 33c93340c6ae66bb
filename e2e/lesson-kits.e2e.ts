import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from '@playwright/test';

test('a teacher downloads a kit ZIP whose Word files open and carry the kit title', async ({ page }) => {
  await page.goto('/bai-giang/');
  const first = page.locator('main .card-list a').first();
  const title = (await first.textContent())?.trim() ?? '';
  await first.click();
  const slug = new URL(page.url()).pathname.split('/')[2] ?? '';

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('link', { name: /Bộ bài giảng: kế hoạch bài dạy/ }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe(`${slug}.zip`);
  const zip = unzipSync(readFileSync(await download.path()));
  const docxNames = Object.keys(zip).filter((name) => name.endsWith('.docx'));
  expect(docxNames).toHaveLength(3);
  for (const name of docxNames) {
    const xml = strFromU8(unzipSync(zip[name]!)['word/document.xml']!);
    expect(xml, name).toContain(title.replace(/&/g, '&amp;'));
  }
});

test('a kit page shows the lesson plan first and minutes that add up to the stated duration', async ({ page }) => {
  await page.goto('/bai-giang/');
  await page.locator('main .card-list a').first().click();
  await expect(page.getByRole('heading', { name: 'Kế hoạch bài dạy' })).toBeVisible();
  const headings = await page.locator('main h2').allTextContents();
  expect(headings.indexOf('Kế hoạch bài dạy')).toBeLessThan(headings.indexOf('Phiếu học tập'));
  expect(headings.indexOf('Phiếu học tập')).toBeLessThan(headings.indexOf('Câu hỏi kiểm tra'));
  expect(headings.indexOf('Câu hỏi kiểm tra')).toBeLessThan(headings.indexOf('Đáp án'));
  const minutes = (await page.locator('.activities .minutes').allTextContents()).map((text) => Number(text.replace(/\D/g, '')));
  const duration = Number((await page.locator('dt:has-text("Thời lượng") + dd').textContent())?.replace(/\D/g, ''));
  expect(minutes.reduce((a, b) => a + b, 0)).toBe(duration);
});

test('printing a kit puts the worksheet and the answer key on their own pages', async ({ page }) => {
  await page.goto('/bai-giang/');
  await page.locator('main .card-list a').first().click();
  await expect(page.getByRole('heading', { name: 'Đáp án' })).toBeAttached();
  await page.emulateMedia({ media: 'print' });
  for (const id of ['phieu-hoc-tap', 'dap-an']) {
    const breakBefore = await page.locator(`section:has(> h2#${id})`).evaluate((el) => getComputedStyle(el).breakBefore);
    expect(breakBefore).toBe('page');
  }
});
