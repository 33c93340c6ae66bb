import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { SITE, site } from './site';

/**
 * The officers' data desk (/nhap-lieu/) on the dev server of a temporary copy
 * of the project: the Excel template, upload and check, write, the hand form
 * and bad input. Every file it writes is in the copy.
 */

/** Every file under the copy's content/ with its size and time: what a check must leave alone. */
function contentTree(): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const s = statSync(path);
        out.set(relative(SITE, path), `${s.size}:${s.mtimeMs}`);
      }
    }
  };
  walk(site('content'));
  walk(site('public'));
  return out;
}

const QUARTER = { id: '2025-q3', label: 'Quý 3/2025', day: (d: number) => new Date(Date.UTC(2025, 7, d)) };

/** A unit the quarter page lists as having no activity yet, with its name and unit file. */
async function uncoveredUnit(page: Page): Promise<{ name: string; code: string; listId: string } | null> {
  await page.goto(`/chien-dich/cham/${QUARTER.id}/`);
  const link = page.locator('ul.units a').first();
  if ((await link.count()) === 0) return null;
  const href = (await link.getAttribute('href')) ?? '';
  const match = /\/chien-dich\/xa\/(.+)-(\d{5})\/$/.exec(href);
  return match ? { name: (await link.textContent())!.trim(), listId: match[1]!, code: match[2]! } : null;
}

async function downloadTemplate(page: Page, periodLabel: string): Promise<ExcelJS.Workbook> {
  await page.goto('/nhap-lieu/');
  await page.getByLabel('Kỳ báo cáo', { exact: true }).selectOption({ label: periodLabel });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải mẫu Excel' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
  return workbook;
}

async function upload(page: Page, name: string, buffer: Buffer, mimeType: string) {
  await page.goto('/nhap-lieu/');
  await page.getByLabel('Tệp Excel hoặc CSV').setInputFiles({ name, mimeType, buffer });
  await page.getByRole('button', { name: 'Kiểm tra' }).click();
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

test('the Keystatic dashboard links the desk', async ({ page }) => {
  await page.goto('/keystatic');
  await page.getByRole('link', { name: /Nhập liệu hoạt động tuyên truyền/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nhập liệu hoạt động tuyên truyền');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('an officer downloads the template, fills it, sees errors by row, fixes them and writes', async ({ page }) => {
  test.setTimeout(120_000);
  const unit = await uncoveredUnit(page);
  test.skip(unit === null, `every unit has an activity in ${QUARTER.label}: nothing to add`);
  const workbook = await downloadTemplate(page, QUARTER.label);
  expect(workbook.worksheets.map((s) => s.name)[0]).toBe('Hoạt động');
  const sheet = workbook.getWorksheet('Hoạt động')!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  expect(header.slice(0, 7)).toEqual(['Ngày', 'Mã xã', 'Tên xã', 'Hình thức', 'Đối tượng', 'Số người', 'Mô tả']);
  // The drop-down's labels are on a sheet: the unit is among them.
  const labels: string[] = [];
  workbook.worksheets.forEach((s) => s.eachRow((row) => row.eachCell((cell) => labels.push(String(cell.value)))));
  expect(labels).toContain(unit!.name);

  const column = (title: string) => header.indexOf(title) + 1;
  const fill = (rowNumber: number, values: Record<string, unknown>) => {
    const row = sheet.getRow(rowNumber);
    for (const [title, value] of Object.entries(values)) row.getCell(column(title)).value = value as ExcelJS.CellValue;
    row.commit();
  };
  const description = `Hội nghị tuyên truyền phòng, chống mại dâm tại nhà văn hóa (kiểm thử ${Date.now()})`;
  fill(2, { Ngày: QUARTER.day(12), 'Tên xã': unit!.name, 'Hình thức': 'Hội nghị', 'Đối tượng': 'Cộng đồng', 'Số người': 85, 'Mô tả': description });
  fill(3, { Ngày: QUARTER.day(20), 'Tên xã': 'Xã Không Có Thật', 'Hình thức': 'Hội nghị', 'Đối tượng': 'Cộng đồng', 'Số người': 40, 'Mô tả': 'Hội nghị ở xã không có' });
  const before = contentTree();
  await upload(page, 'bao-cao-quy-3.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()), XLSX);

  // The bad row is named by its Excel row number and column; nothing is written by checking.
  const errors = page.getByRole('region', { name: 'Các dòng cần sửa' }).getByRole('listitem');
  await expect(errors).toHaveCount(1);
  await expect(errors).toContainText('Dòng 3, cột Tên xã (ô ghi "Xã Không Có Thật"): không có đơn vị tên "Xã Không Có Thật"');
  await expect(errors).toContainText('chọn tên trong danh sách thả xuống');
  await expect(page.getByRole('button', { name: 'Ghi vào dữ liệu' })).toHaveCount(0);
  expect(contentTree()).toEqual(before);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // Fixed (the row removed), uploaded again: the write button appears, and writes.
  sheet.spliceRows(3, 1);
  await upload(page, 'bao-cao-quy-3.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()), XLSX);
  await expect(page.getByRole('status')).toContainText('Bấm "Ghi vào dữ liệu" để thêm 1 hoạt động mới');
  expect(contentTree()).toEqual(before);
  await page.getByRole('button', { name: 'Ghi vào dữ liệu' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đã ghi vào dữ liệu');
  const path = `content/hoat-dong/2025/${unit!.listId}-${unit!.code}.yaml`;
  await expect(page.getByRole('status')).toContainText(path);
  const stored = readFileSync(site(path), 'utf8');
  expect(stored).toContain(description);
  expect(stored).toContain('participants: 85');

  // The dashboard counts it at once (local mode): the unit leaves the quarter's list of units with no activity.
  await expect(async () => {
    await page.goto(`/chien-dich/cham/${QUARTER.id}/`);
    await expect(page.locator('ul.units a', { hasText: unit!.name })).toHaveCount(0);
  }).toPass({ timeout: 30_000 });

  // The same file again: already stored, nothing new to write.
  await upload(page, 'bao-cao-quy-3.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()), XLSX);
  await expect(page.getByRole('status')).toContainText('không có hoạt động mới');
});

test.describe('the hand form on a phone, by keyboard', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('records one activity with a commune typed without tone marks, and explains a mistake beside its field', async ({ page }) => {
    test.setTimeout(90_000);
    const unit = await uncoveredUnit(page);
    test.skip(unit === null, `every unit has an activity in ${QUARTER.label}`);
    await page.goto('/nhap-lieu/mot-hoat-dong/');
    const plain = unit!.name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
    await page.getByLabel('Ngày *').fill('2025-08-25');
    await page.getByLabel(/^Xã, phường, thị trấn/).fill(plain);
    await page.getByLabel('Hình thức *').selectOption({ label: 'Tờ rơi' });
    await page.getByRole('checkbox', { name: 'Cộng đồng' }).check();
    await page.getByLabel(/^Số người tham dự/).fill('30');
    await page.getByLabel(/^Mô tả ngắn/).fill('Ngắn');
    await page.getByLabel(/^Mô tả ngắn/).press('Tab');
    // A description the rules refuse (the browser's own check is bypassed to reach the server's).
    await page.locator('#mot-hoat-dong').evaluate((form: HTMLFormElement) => form.setAttribute('novalidate', ''));
    await page.getByRole('button', { name: 'Ghi hoạt động' }).press('Enter');
    await expect(page.locator('#loi-moTa')).toContainText('mô tả cần ít nhất 5 ký tự');
    await expect(page.getByLabel(/^Mô tả ngắn/)).toHaveAttribute('aria-describedby', /loi-moTa/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    const description = `Phát tờ rơi tại chợ trung tâm (kiểm thử ${Date.now()})`;
    await page.getByLabel(/^Mô tả ngắn/).fill(description);
    await page.getByLabel(/^Mô tả ngắn/).press('Tab');
    await page.keyboard.press('Tab');
    await page.getByRole('button', { name: 'Ghi hoạt động' }).press('Enter');
    await expect(page.getByRole('status')).toContainText('Đã ghi 1 hoạt động');
    const path = `content/hoat-dong/2025/${unit!.listId}-${unit!.code}.yaml`;
    expect(readFileSync(site(path), 'utf8')).toContain(description);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });
});

test.describe('the check report on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('fits the screen and passes axe', async ({ page }) => {
    const csv = 'Ngày,Mã xã,Tên xã,Hình thức,Đối tượng,Số người,Mô tả\n15/08/2025,,Không Có,Hội nghị,Cộng đồng,5,Hội nghị tuyên truyền\n16/08/2025,,,Hội nghị,Cộng đồng,abc,Hội\n';
    await upload(page, 'bao-cao.csv', Buffer.from(csv), 'text/csv');
    await expect(page.getByRole('region', { name: 'Các dòng cần sửa' }).getByRole('listitem')).toHaveCount(4);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });
});

test('bad input gets a clear answer and writes nothing', async ({ page, request, baseURL }) => {
  test.setTimeout(120_000);
  const before = contentTree();
  const header = 'ngay,ma_xa,ten_xa,hinh_thuc,doi_tuong,so_nguoi,mo_ta';
  const refusal = page.getByRole('alert');

  await upload(page, 'lon.csv', Buffer.alloc(5 * 1024 * 1024 + 10, 'a'), 'text/csv');
  await expect(refusal).toContainText('quá giới hạn 5 MB');

  await upload(page, 'bao-cao.pdf', Buffer.from('%PDF-1.4'), 'application/pdf');
  await expect(refusal).toContainText('Chỉ nhận tệp .xlsx hoặc .csv');

  await upload(page, 'cu.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), 'application/vnd.ms-excel');
  await expect(refusal).toContainText('lưu lại dạng .xlsx');

  await upload(page, 'unicode.csv', Buffer.from([0xff, 0xfe, ...Buffer.from(`${header}\n`, 'utf16le')]), 'text/csv');
  await expect(refusal).toContainText('UTF-16');

  const windows1258 = Buffer.from([...Buffer.from(`${header}\n15/08/2025,,Ph`), 0xfd, 0x6f, 0xcc, ...Buffer.from('ng A,Loa,Cong dong,,x y z\n')]);
  await upload(page, 'windows-1258.csv', windows1258, 'text/csv');
  await expect(refusal).toContainText('UTF-8');

  await upload(page, 'thieu-cot.csv', Buffer.from(`ngay,ten_xa,hinh_thuc,doi_tuong,so_nguoi,mo_ta,ghi_chu\n15/08/2025,A,Hội nghị,Cộng đồng,1,Hội nghị\n`), 'text/csv');
  await expect(page.getByRole('heading', { name: 'Dòng tiêu đề (dòng 1) chưa đúng' })).toBeVisible();
  await expect(page.locator('main')).toContainText('thiếu cột "ma_xa"');
  await expect(page.locator('main')).toContainText('"ghi_chu" không dùng');

  // A formula is text, never evaluated; NFD text (typed on a Mac) is read as NFC.
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Hoạt động');
  sheet.addRow(['Ngày', 'Mã xã', 'Tên xã', 'Hình thức', 'Đối tượng', 'Số người', 'Mô tả']);
  sheet.addRow([{ formula: 'TODAY()' }, '', 'Xã Không Có', 'Hội nghị', 'Cộng đồng'.normalize('NFD'), 5, 'Hội nghị tuyên truyền'.normalize('NFD')]);
  await upload(page, 'cong-thuc.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()), XLSX);
  const rows = page.getByRole('region', { name: 'Các dòng cần sửa' }).getByRole('listitem');
  await expect(rows.filter({ hasText: 'Dòng 2, cột Ngày (ô ghi "=TODAY()")' })).toContainText('không phải ngày có thật');
  await expect(rows.filter({ hasText: 'cột Đối tượng' })).toHaveCount(0);
  await expect(rows.filter({ hasText: 'cột Mô tả' })).toHaveCount(0);

  // No cross-site writes: a post from another origin is refused before anything is read.
  const forged = await request.post('/nhap-lieu/ghi/', { headers: { Origin: 'https://trang-khac.example' }, form: { 'du-lieu': '{}' } });
  expect(forged.status()).toBe(403);
  expect(new URL(baseURL ?? '').hostname).toBe('127.0.0.1');

  expect(contentTree()).toEqual(before);
});

test('Keystatic\'s list of activity files shows each unit by name and finds it with or without tone marks', async ({ page }) => {
  test.setTimeout(90_000);
  // A unit that has a file in the copy, whatever the content holds.
  const [file] = readdirSync(site('content/hoat-dong'), { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.yaml')).sort();
  test.skip(file === undefined, 'no activity file in the copy');
  const name = /\n {2}name: (.+)\n/.exec(readFileSync(site(`content/hoat-dong/${file}`), 'utf8'))![1]!.replace(/^'|'$/g, '');
  const plain = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
  await page.goto('/keystatic/collection/hoatDong');
  await expect(page.getByRole('columnheader', { name: 'Đơn vị' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('row', { name: new RegExp(name) }).first()).toBeVisible({ timeout: 30_000 });
  for (const term of [name, plain]) {
    await page.getByRole('searchbox').fill(term);
    const rows = page.getByRole('row').filter({ hasText: file!.replace(/\.yaml$/, '') });
    await expect(rows).toHaveCount(1, { timeout: 10_000 });
    // Every row left names that unit.
    await expect(async () => {
      for (const text of await page.getByRole('row').allTextContents()) if (/\d{4}\/[0-9a-z-]+-\d{5}/.test(text)) expect(text.normalize('NFC')).toContain(name);
    }).toPass({ timeout: 10_000 });
  }
});
