import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import { parse } from 'yaml';
import { expectSampleBanner } from './lib/sample-banner';

/**
 * The dashboards' figures, recomputed here straight from the content files
 * (YAML activities, CSV unit lists) without the site's own code.
 */
const ACTIVITIES = 'content/hoat-dong';
const UNITS = 'content/don-vi-hanh-chinh';

function activities(): { date: string; list: string; code: string; materials: string[] }[] {
  if (!existsSync(ACTIVITIES)) return [];
  return readdirSync(ACTIVITIES).flatMap((year) =>
    readdirSync(join(ACTIVITIES, year)).flatMap((name) => {
      const [list, code] = [name.slice(0, name.lastIndexOf('-')), name.slice(name.lastIndexOf('-') + 1, -'.yaml'.length)];
      const file = parse(readFileSync(join(ACTIVITIES, year, name), 'utf8')) as { activities?: { date: string; materials?: string[] }[] };
      return (file.activities ?? []).map((activity) => ({ date: String(activity.date), list, code, materials: activity.materials ?? [] }));
    }),
  );
}

const csv = (file: string) => Papa.parse<Record<string, string>>(readFileSync(join(UNITS, file), 'utf8'), { header: true, skipEmptyLines: true }).data;
const records = activities();
const coveredIn = (list: string, codes: Set<string>, from: string, to: string) =>
  new Set(records.filter((r) => r.list === list && codes.has(r.code) && r.date >= from && r.date <= to).map((r) => r.code)).size;

test.describe('campaign figures match the content files', () => {
  test.skip(records.length === 0, 'no activity records in content/hoat-dong');

  test('Q4/2025 coverage of the units formed from old Hưng Yên', async ({ page }) => {
    const units = new Set(csv('hung-yen-units-2025.csv').filter((u) => u.formed_from_old_province === 'Hưng Yên').map((u) => u.commune_code ?? ''));
    expect(units.size).toBe(39);
    const covered = coveredIn('2025-07', units, '2025-10-01', '2025-12-31');
    await page.goto('/chien-dich/');
    await expect(page.getByText(`${covered}/39 đơn vị có hoạt động trong Quý 4/2025`)).toBeVisible();
    await expectSampleBanner(page);
  });

  test('units without activity in Q2/2024, on the page and in its CSV', async ({ page, request }) => {
    const units = new Set(csv('hung-yen-units-2021.csv').map((u) => u.commune_code ?? ''));
    expect(units.size).toBe(161);
    const uncovered = 161 - coveredIn('2021', units, '2024-04-01', '2024-06-30');
    await page.goto('/chien-dich/cham/2024-q2/');
    await expect(page.getByText(`${uncovered}/161 đơn vị chưa có hoạt động nào`)).toBeVisible();
    const body = await (await request.get('/chien-dich/cham/2024-q2.csv')).text();
    expect(body.startsWith('\uFEFF')).toBe(true);
    expect(body.trim().split('\r\n')).toHaveLength(uncovered + 1);
  });

  test('reports received and the three states per quarter, on the campaign page', async ({ page }) => {
    // A report counts as received when a receipt is recorded (content/bao-cao-quy/) or the reporter has activities in the quarter.
    const receiptList = (quarter: string) => {
      const path = `content/bao-cao-quy/${quarter}.yaml`;
      const file = existsSync(path) ? (parse(readFileSync(path, 'utf8')) as { receipts?: { unit: { code: string }; receivedOn: string }[] }) : {};
      return (file.receipts ?? []).map((r) => ({ code: r.unit.code, on: String(r.receivedOn) }));
    };
    const receipts = (quarter: string) => new Set(receiptList(quarter).map((r) => r.code));
    const dueDays = Number(/dueDays: (\d+)/.exec(readFileSync('content/cai-dat-bao-cao/index.yaml', 'utf8'))?.[1] ?? 10);
    await page.goto('/chien-dich/');
    const table = page.getByRole('table', { name: /Báo cáo quý của các đơn vị/ });
    // From 01/07/2025 each commune of the plan area (old Hưng Yên) reports.
    const communes = csv('hung-yen-units-2025.csv').filter((u) => u.formed_from_old_province === 'Hưng Yên').map((u) => u.commune_code ?? '');
    const active = new Set(records.filter((r) => r.list === '2025-07' && r.date >= '2025-10-01' && r.date <= '2025-12-31').map((r) => r.code));
    const got = receipts('2025-q4');
    const had = communes.filter((c) => active.has(c)).length;
    const none = communes.filter((c) => !active.has(c) && got.has(c)).length;
    const not = communes.length - had - none;
    const q4 = table.getByRole('row', { name: /Quý 4\/2025/ });
    await expect(q4).toContainText(`${had + none}/${communes.length}`);
    await expect(q4).toContainText(`${had} có hoạt động · ${none} đã báo cáo, không có hoạt động · ${not} chưa báo cáo`);
    // On time: a receipt dated by 31/12/2025 + the due days, over the reports expected; unknown without any receipt date.
    const due = new Date(Date.UTC(2025, 11, 31 + dueDays)).toISOString().slice(0, 10);
    const inArea = receiptList('2025-q4').filter((r) => communes.includes(r.code));
    const onTime = inArea.filter((r) => r.on <= due).length;
    const percent = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format((onTime / communes.length) * 100);
    await expect(q4).toContainText(inArea.length === 0 ? 'chưa ghi ngày nhận' : `${percent}% (${onTime}/${communes.length}`);
    // To 30/06/2025 the districts report: a district with any commune active has reported.
    const units = csv('hung-yen-units-2021.csv');
    const districts = [...new Set(units.map((u) => u.district_code ?? ''))];
    const activeDistricts = new Set(records.filter((r) => r.list === '2021' && r.date >= '2024-04-01' && r.date <= '2024-06-30').map((r) => units.find((u) => u.commune_code === r.code)?.district_code));
    const received = districts.filter((d) => activeDistricts.has(d) || receipts('2024-q2').has(d)).length;
    await expect(table.getByRole('row', { name: /Quý 2\/2024/ })).toContainText(`${received}/${districts.length}`);
    await expect(table.getByRole('row', { name: /Quý 2\/2024/ })).toContainText(/Số liệu đã chốt ngày|Đang mở/);
  });

  test('a district page counts the district\'s communes in 2023', async ({ page }) => {
    const units = new Set(csv('hung-yen-units-2021.csv').filter((u) => u.district_code === '325').map((u) => u.commune_code ?? ''));
    const covered = coveredIn('2021', units, '2023-07-01', '2023-09-30');
    await page.goto('/chien-dich/huyen/325/');
    const chart = page.getByRole('figure', { name: /Tỷ lệ đơn vị của Huyện Văn Lâm có hoạt động/ });
    await expect(chart.getByRole('row', { name: /Quý 3\/2023/ })).toContainText(`${covered}/${units.size} đơn vị`);
    // The quarter × format table adds up the same quarter's activities.
    const total = records.filter((r) => r.list === '2021' && units.has(r.code) && r.date >= '2023-07-01' && r.date <= '2023-09-30').length;
    await expect(page.getByRole('region', { name: 'Bảng số hoạt động theo quý và hình thức' }).getByRole('row', { name: /Quý 3\/2023/ }).getByRole('cell').last()).toHaveText(String(total));
  });

  test('the quarter map draws the 10 districts before 07/2025 and the 39 communes of the plan area after', async ({ page }) => {
    await page.goto('/chien-dich/cham/2024-q2/');
    await expect(page.locator('figure.map svg[role="img"] path')).toHaveCount(10);
    await expect(page.locator('figure.map .legend')).toContainText('Chưa có dữ liệu');
    await page.goto('/chien-dich/cham/2025-q4/');
    await expect(page.locator('figure.map svg[role="img"] path')).toHaveCount(39);
    await expect(page.getByText(/Ranh giới huyện .* giấy phép GPL-3.0/)).toBeVisible();
  });

  test('reach of industrial-zone workers by year, against the officers\' denominator', async ({ page }) => {
    const audience = 'lao-dong-khu-cong-nghiep';
    const denominators = parse(readFileSync('content/mau-so/2022.yaml', 'utf8')) as { figures: { audience: string; value?: number }[] };
    const value = denominators.figures.find((f) => f.audience === audience)?.value;
    test.skip(!value, 'no denominator for 2022');
    const participants = readdirSync(join(ACTIVITIES, '2022')).flatMap((name) =>
      ((parse(readFileSync(join(ACTIVITIES, '2022', name), 'utf8')) as { activities?: { audiences: string[]; participants?: number }[] }).activities ?? [])
        .filter((a) => a.audiences.includes(audience))
        .map((a) => a.participants ?? 0),
    );
    const sum = participants.reduce((a, b) => a + b, 0);
    const fmt = (n: number) => new Intl.NumberFormat('vi-VN').format(n);
    const percent = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 }).format(sum / (value ?? 1));
    await page.goto('/chien-dich/');
    await expect(page.locator(`#${audience}`).getByRole('row', { name: /^2022/ })).toContainText(`${percent} · ${fmt(sum)} lượt người / ${fmt(value ?? 0)} người`);
  });

  test('a material says in how many communes it was used', async ({ page }) => {
    const slug = 'canh-giac-voi-loi-moi-viec-lam-them-tren-mang';
    const used = records.filter((r) => r.materials.includes(slug));
    test.skip(used.length === 0, 'the sample does not use this material');
    const year = Math.max(...used.map((r) => Number(r.date.slice(0, 4))));
    const units = new Set(used.filter((r) => r.date.startsWith(`${year}-`)).map((r) => `${r.list}:${r.code}`)).size;
    await page.goto(`/tai-lieu/${slug}/`);
    await expect(page.getByText(`Đã dùng ở ${units} xã, phường trong năm ${year}`)).toBeVisible();
  });
});
