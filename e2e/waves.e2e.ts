import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'yaml';

/**
 * Campaign waves (đợt cao điểm): results recomputed from the content files, the .ics calendar
 * parsed, the pack's files opened; and the material page's share button with and without the
 * Web Share API, and without JavaScript. Figures come from whatever content/ holds.
 */
const WAVES = 'content/dot-chien-dich';
const ACTIVITIES = 'content/hoat-dong';

interface WaveFile {
  name: string;
  start: string;
  end: string;
  allUnits: boolean;
  units: string[];
  expected: { format: string; count: number }[];
  broadcasts: { script: string; days: string[]; timesPerDay: number }[];
}
const waves = existsSync(WAVES)
  ? readdirSync(WAVES)
      .filter((n) => n.endsWith('.yaml'))
      .map((n) => ({ slug: n.replace(/\.yaml$/, ''), ...(parse(readFileSync(join(WAVES, n), 'utf8')) as WaveFile) }))
  : [];
const linked = readdirSync(ACTIVITIES).flatMap((year) =>
  readdirSync(join(ACTIVITIES, year)).flatMap((name) => {
    const file = parse(readFileSync(join(ACTIVITIES, year, name), 'utf8')) as { unit: { list: string; code: string }; activities?: { wave?: string; format: string }[] };
    return (file.activities ?? []).filter((a) => a.wave).map((a) => ({ wave: a.wave!, format: a.format, unit: `${file.unit.list}/${file.unit.code}` }));
  }),
);
const ddmmyyyy = (iso: string) => iso.split('-').reverse().join('/');

test('waves: calendar, results from the content files, .ics and pack', async ({ page, request }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'figures do not depend on the viewport');
  await page.goto('/chien-dich/dot/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đợt cao điểm');
  for (const wave of waves) {
    await expect(page.getByRole('link', { name: wave.name, exact: true })).toHaveAttribute('href', `/chien-dich/dot/${wave.slug}/`);
    await page.goto(`/chien-dich/dot/${wave.slug}/`);
    const mine = linked.filter((a) => a.wave === wave.slug);
    const units = new Set(mine.map((a) => a.unit)).size;
    await expect(page.getByText(new RegExp(`^${mine.length.toLocaleString('vi-VN')} hoạt động được gắn vào đợt\\. Xã, phường có hoạt động: ${units.toLocaleString('vi-VN')}/`))).toBeVisible();
    const formats = page.getByRole('table', { name: /theo hình thức/ });
    for (const [index, row] of wave.expected.entries()) {
      const cells = formats.locator('tbody tr').nth(index).locator('td');
      await expect(cells.nth(0)).toHaveText(mine.filter((a) => a.format === row.format).length.toLocaleString('vi-VN'));
      await expect(cells.nth(1)).toHaveText(row.count.toLocaleString('vi-VN'));
    }
    // The pack: every file opens; the scripts are Word files with their reading time and schedule.
    const zip = unzipSync(new Uint8Array(await (await request.get(`/chien-dich/dot/${wave.slug}/${wave.slug}.zip`)).body()));
    expect(strFromU8(zip[`${wave.slug}/bai-dang-zalo-facebook.txt`]!)).toContain(wave.name);
    for (const broadcast of wave.broadcasts) {
      const xml = strFromU8(unzipSync(zip[`${wave.slug}/phat-thanh/${broadcast.script}.docx`]!)['word/document.xml']!);
      expect(xml).toMatch(/Thời lượng đọc khoảng \d+ phút/);
      expect(xml).toContain(`${broadcast.days.map(ddmmyyyy).join(', ')}; mỗi ngày ${broadcast.timesPerDay} lần`);
    }
    for (const [name, data] of Object.entries(zip)) {
      if (name.endsWith('.png')) expect(Buffer.from(data.subarray(1, 4)).toString()).toBe('PNG');
      if (name.endsWith('.zip') && name !== `${wave.slug}.zip`) expect(() => unzipSync(data)).not.toThrow();
    }
    await page.goto('/chien-dich/dot/');
  }
  // The .ics: valid lines, balanced components, an all-day event for each wave and each broadcast day.
  const ics = await (await request.get('/chien-dich/dot/lich.ics')).text();
  const lines = ics.replace(/\r\n /g, '').split('\r\n').filter((l) => l !== '');
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines.at(-1)).toBe('END:VCALENDAR');
  expect(lines.filter((l) => l === 'BEGIN:VEVENT').length).toBe(lines.filter((l) => l === 'END:VEVENT').length);
  const starts = lines.filter((l) => l.startsWith('DTSTART;VALUE=DATE:')).map((l) => l.slice(-8));
  for (const wave of waves) {
    expect(starts).toContain(wave.start.replace(/-/g, ''));
    for (const day of wave.broadcasts.flatMap((b) => b.days)) expect(starts).toContain(day.replace(/-/g, ''));
  }
});

const material = '/tai-lieu/cung-nhan-biet-va-bao-tin-mua-ban-nguoi/';

test('share: Web Share with text, link and image where available; copy button otherwise; share row without JavaScript', async ({ page, browser }) => {
  // With the Web Share API (a phone): the share button hands the text, the address and the share image to the system.
  await page.addInitScript(() => {
    const w = window as unknown as { shared: unknown[] };
    w.shared = [];
    Object.defineProperty(navigator, 'canShare', { value: () => true, configurable: true });
    Object.defineProperty(navigator, 'share', {
      value: async (data: ShareData) => {
        w.shared.push({ text: data.text, url: data.url, files: (data.files ?? []).map((f) => [f.name, f.type, f.size]) });
      },
      configurable: true,
    });
  });
  await page.goto(material);
  const region = page.getByRole('region', { name: 'Bài đăng sẵn cho Zalo, Facebook' });
  const caption = await region.getByRole('textbox').inputValue();
  expect(caption).toMatch(/\/tai-lieu\/cung-nhan-biet-va-bao-tin-mua-ban-nguoi\/$/);
  await region.getByRole('button', { name: 'Chia sẻ…' }).click();
  await expect(region.getByRole('status')).toHaveText('Đã mở chia sẻ.');
  const shared = (await page.evaluate(() => (window as unknown as { shared: { text: string; url: string; files: [string, string, number][] }[] }).shared))[0]!;
  expect(shared.text).toBe(caption);
  expect(new URL(shared.url).pathname).toBe(material);
  expect(shared.files[0]![0]).toBe('chia-se.png');
  expect(shared.files[0]![2]).toBeGreaterThan(1000);

  // Without the Web Share API (a desktop browser): no share button, the copy button and the share row.
  const plain = await browser.newContext({ baseURL: test.info().project.use.baseURL!, permissions: ['clipboard-read', 'clipboard-write'] });
  const desktop = await plain.newPage();
  await desktop.addInitScript(() => {
    Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
  });
  await desktop.goto(material);
  const plainRegion = desktop.getByRole('region', { name: 'Bài đăng sẵn cho Zalo, Facebook' });
  await expect(plainRegion.getByRole('button', { name: 'Chia sẻ…' })).toBeHidden();
  await plainRegion.getByRole('button', { name: 'Sao chép bài đăng' }).click();
  await expect(plainRegion.getByRole('status')).toHaveText(/Đã sao chép|Không sao chép được/);
  await expect(desktop.getByRole('region', { name: 'Chia sẻ' }).getByRole('link', { name: /Facebook/ })).toBeVisible();
  await plain.close();

  // Without JavaScript: no button at all, the text to copy by hand and today's share row.
  const noScript = await browser.newContext({ baseURL: test.info().project.use.baseURL!, javaScriptEnabled: false });
  const bare = await noScript.newPage();
  await bare.goto(material);
  await expect(bare.getByRole('region', { name: 'Bài đăng sẵn cho Zalo, Facebook' }).getByRole('button')).toHaveCount(0);
  await expect(bare.getByRole('region', { name: 'Bài đăng sẵn cho Zalo, Facebook' }).getByRole('textbox')).toHaveValue(caption);
  await expect(bare.getByRole('region', { name: 'Chia sẻ' }).getByRole('link', { name: /Zalo/ })).toBeVisible();
  await noScript.close();
});
