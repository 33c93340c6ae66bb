import { expect, test } from '@playwright/test';

test.describe('search', () => {
  test('finds the same items with and without tone marks, highlighting the match', async ({ page }) => {
    await page.goto('/tim-kiem/');
    const box = page.getByRole('main').getByRole('searchbox');
    const results = page.getByRole('list', { name: 'Kết quả tìm kiếm' });

    await box.fill('mai dam');
    await expect(page.getByRole('status')).toContainText('kết quả cho «mai dam»');
    const withoutMarks = await results.getByRole('link').allTextContents();
    expect(withoutMarks.length).toBeGreaterThan(0);
    await expect(results.locator('mark').first()).toHaveText(/mại dâm/i);

    await box.fill('MẠI DÂM');
    await expect(page.getByRole('status')).toContainText('«MẠI DÂM»');
    expect(await results.getByRole('link').allTextContents()).toEqual(withoutMarks);
  });

  test('keeps the query in the address: shareable, and the back button returns to the previous search', async ({ page }) => {
    await page.goto('/tim-kiem/?q=ke+hoach');
    await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue('ke hoach');
    await expect(page.getByRole('list', { name: 'Kết quả tìm kiếm' }).getByRole('link').first()).toBeVisible();

    const box = page.getByRole('main').getByRole('searchbox');
    await box.fill('xa phuong');
    await box.press('Enter');
    await expect(page).toHaveURL(/q=xa\+phuong/);
    await page.goBack();
    await expect(page).toHaveURL(/q=ke(\+|%20)hoach/);
    await expect(box).toHaveValue('ke hoach');
  });

  test('hides the no-JavaScript notice when search works', async ({ page }) => {
    await page.goto('/tim-kiem/');
    await expect(page.getByText('Ô tìm kiếm cần JavaScript')).toBeHidden();
  });

  test('fetches nothing until the reader focuses the box', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('chi-muc.json')) fetched.push(request.url());
    });
    await page.goto('/tim-kiem/');
    await page.waitForLoadState('networkidle');
    expect(fetched).toEqual([]);
    await page.getByRole('main').getByRole('searchbox').focus();
    await expect.poll(() => fetched.length).toBe(1);
  });

  test('finds a sentence from the body of a page, showing it around the match, and loads only what the query needs', async ({ page }) => {
    // A phrase from the middle of the longest body in the index, typed without tone marks.
    const dictionary = (await (await page.request.get('/tim-kiem/chi-muc.json')).json()) as { n: number; d: string[][] };
    const bodies = await Promise.all(dictionary.d.map(async (_, id) => ((await (await page.request.get(`/tim-kiem/chi-muc/tai-lieu/${id}.json`)).json()) as { b: string }).b));
    const longest = bodies.reduce((best, body, id) => (body.length > (bodies[best] ?? '').length ? id : best), 0);
    const words = (bodies[longest] ?? '').split(/\s+/).filter((word) => /^[\p{L}]+$/u.test(word));
    const phrase = words.slice(Math.floor(words.length / 2), Math.floor(words.length / 2) + 4).join(' ');
    const folded = phrase.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd');
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`/tim-kiem/?q=${encodeURIComponent(folded)}`);
    const results = page.getByRole('list', { name: 'Kết quả tìm kiếm' });
    await expect(results.locator(`a[href="${dictionary.d[longest]?.[0] ?? ''}"]`)).toBeVisible();
    await expect(results.locator('mark').first()).toBeVisible();
    const shards = fetched.filter((path) => path.startsWith('/tim-kiem/chi-muc/tu-'));
    expect(shards.length).toBeLessThanOrEqual(Math.min(4, dictionary.n));
    expect(fetched.filter((path) => path.startsWith('/tim-kiem/chi-muc/tai-lieu/')).length).toBeLessThanOrEqual(10);
  });

  test('an empty result suggests the audience pages', async ({ page }) => {
    await page.goto('/tim-kiem/?q=zzqqxx');
    await expect(page.getByRole('status')).toContainText('Không tìm thấy kết quả nào');
    await expect(page.getByRole('navigation', { name: 'Tài liệu theo đối tượng' }).getByRole('link')).toHaveCount(4);
  });

  test('arrow keys move from the box into the results', async ({ page, isMobile }) => {
    test.skip(isMobile, 'keyboard use is checked on desktop');
    await page.goto('/tim-kiem/?q=mai+dam');
    const first = page.getByRole('list', { name: 'Kết quả tìm kiếm' }).getByRole('link').first();
    await expect(first).toBeVisible();
    await page.getByRole('main').getByRole('searchbox').focus();
    await page.keyboard.press('ArrowDown');
    await expect(first).toBeFocused();
  });
});

test.describe('search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('explains that search needs JavaScript and links to the browse pages', async ({ page, request }) => {
    // The notice is a <noscript>, which a browser with JavaScript turned off renders. Playwright's
    // switch only stops scripts (the parser still treats <noscript> as raw text), so the notice is
    // read from the served HTML, and the browse links from the page without JavaScript.
    const html = await (await request.get('/tim-kiem/')).text();
    expect(/<noscript>\s*<p[^>]*>\s*Ô tìm kiếm cần JavaScript/.test(html)).toBe(true);
    await page.goto('/tim-kiem/?q=mai+dam');
    await expect(page.getByRole('link', { name: 'Tài liệu cho học sinh, sinh viên' })).toBeVisible();
  });
});
