import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { parse } from 'yaml';
import { expectSampleBanner } from './lib/sample-banner';
import { SITE_WIDE_SCRIPT } from '../src/lib/site-check/budgets';

/**
 * The commune pages (/chien-dich/xa/<list>-<code>/): figures recomputed here
 * straight from the content files (YAML activities, CSV unit lists, the plan's
 * period, the audience vocabulary) without the site's own code, then read on
 * one page per unit list.
 */
const ACTIVITIES = 'content/hoat-dong';
const UNITS = 'content/don-vi-hanh-chinh';

interface Activity {
  date: string;
  list: string;
  code: string;
  format: string;
  audiences: string[];
  participants: number | null;
  materials: string[];
}

function activities(): Activity[] {
  if (!existsSync(ACTIVITIES)) return [];
  return readdirSync(ACTIVITIES).flatMap((year) =>
    readdirSync(join(ACTIVITIES, year)).flatMap((name) => {
      const [list, code] = [name.slice(0, name.lastIndexOf('-')), name.slice(name.lastIndexOf('-') + 1, -'.yaml'.length)];
      const file = parse(readFileSync(join(ACTIVITIES, year, name), 'utf8')) as {
        activities?: { date: string; format: string; audiences?: string[]; participants?: number | null; materials?: string[] }[];
      };
      return (file.activities ?? []).map((a) => ({
        date: String(a.date),
        list,
        code,
        format: a.format,
        audiences: a.audiences ?? [],
        participants: typeof a.participants === 'number' ? a.participants : null,
        materials: a.materials ?? [],
      }));
    }),
  );
}

const csv = (file: string) => Papa.parse<Record<string, string>>(readFileSync(join(UNITS, file), 'utf8'), { header: true, skipEmptyLines: true }).data;
const json = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;

const records = activities();
const manifest = json<{ lists: { id: string; validFrom: string; validTo: string | null }[] }>(join(UNITS, 'danh-sach.json'));
const plan = parse(readFileSync('content/ke-hoach/164-kh-ubnd-2021.yaml', 'utf8')) as { periodStart: string; periodEnd: string };
const audienceLabels = new Map(json<{ items: { id: string; label: string }[] }>('content/danh-muc/doi-tuong.json').items.map((i) => [i.id, i.label]));
const number = (n: number) => new Intl.NumberFormat('vi-VN').format(n);

/** The plan area's units of each list: all of 2021 and 2025-01, those formed from old Hưng Yên in 2025-07. */
const units: Record<string, { code: string; name: string; district: string | null }[]> = {
  '2021': csv('hung-yen-units-2021.csv').map((u) => ({ code: u.commune_code!, name: `${u.commune_type} ${u.commune_name}`, district: u.district_code! })),
  '2025-01': csv('hung-yen-units-2025-01.csv').map((u) => ({ code: u.commune_code!, name: `${u.commune_type} ${u.commune_name}`, district: u.district_code! })),
  '2025-07': csv('hung-yen-units-2025.csv')
    .filter((u) => u.formed_from_old_province === 'Hưng Yên')
    .map((u) => ({ code: u.commune_code!, name: `${u.commune_type} ${u.commune_name}`, district: null })),
};

/** Quarters of the plan period started by today whose first day falls in the list's validity, with whether they ended. */
function quarters(listId: string): { year: number; quarter: number; start: string; end: string; ended: boolean }[] {
  const list = manifest.lists.find((l) => l.id === listId)!;
  const today = new Date().toISOString().slice(0, 10);
  const last = plan.periodEnd < today ? String(plan.periodEnd) : today;
  const result = [];
  for (let year = Number(String(plan.periodStart).slice(0, 4)); year <= Number(last.slice(0, 4)); year += 1) {
    for (let quarter = 1; quarter <= 4; quarter += 1) {
      const start = `${year}-${String(quarter * 3 - 2).padStart(2, '0')}-01`;
      const end = `${year}-${['03-31', '06-30', '09-30', '12-31'][quarter - 1]}`;
      if (end < String(plan.periodStart) || start > last) continue;
      if (start < list.validFrom || (list.validTo !== null && start > list.validTo)) continue;
      result.push({ year, quarter, start, end, ended: end < today });
    }
  }
  return result;
}

const own = (list: string, code: string) => records.filter((r) => r.list === list && r.code === code);
/** The plan-area unit of a list with the most activities (lowest code on a tie). */
const busiest = (list: string) =>
  [...units[list]!].sort((a, b) => own(list, b.code).length - own(list, a.code).length || a.code.localeCompare(b.code))[0]!;

const row = (page: Page, scope: string, heading: RegExp) => page.locator(`${scope} tr`, { has: page.locator('th', { hasText: heading }) });

test.describe('commune pages match the content files', () => {
  test.skip(records.length === 0, 'no activity records in content/hoat-dong');

  for (const list of ['2021', '2025-01', '2025-07']) {
    test(`the busiest unit of list ${list}: quarters covered, a quarter's total, an audience's participants`, async ({ page }) => {
      const unit = busiest(list);
      const mine = own(list, unit.code);
      const qs = quarters(list);
      const inQuarter = (q: { start: string; end: string }) => mine.filter((r) => r.date >= q.start && r.date <= q.end);
      const ended = qs.filter((q) => q.ended);
      const covered = ended.filter((q) => inQuarter(q).length > 0);

      await page.goto(`/chien-dich/xa/${list}-${unit.code}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(unit.name);
      await expectSampleBanner(page);
      await expect(page.getByText(`Có hoạt động ở ${covered.length}/${ended.length} quý đã qua`)).toBeVisible();
      if (unit.district) await expect(page.locator('.facts a[href^="/chien-dich/huyen/"]')).toHaveAttribute('href', `/chien-dich/huyen/${unit.district}/`);

      // Every quarter's total, and the grand total of the table.
      for (const q of qs) {
        const total = inQuarter(q).length;
        await expect(row(page, 'section:has(#theo-quy)', new RegExp(`^Quý ${q.quarter}/${q.year}`)).locator('td').last()).toHaveText(
          total === 0 && q.ended ? '0 – chưa có' : number(total),
        );
      }
      const inPlanQuarters = qs.reduce((sum, q) => sum + inQuarter(q).length, 0);
      await expect(row(page, 'section:has(#theo-quy)', /^Cộng$/).locator('td').last()).toHaveText(number(inPlanQuarters));

      // The audience with the most activities: activities, participants, activities without a count.
      const counts = new Map<string, Activity[]>();
      for (const r of mine) for (const a of new Set(r.audiences)) counts.set(a, [...(counts.get(a) ?? []), r]);
      const [audience, reached] = [...counts.entries()].sort((a, b) => b[1].length - a[1].length)[0]!;
      const cells = row(page, 'section:has(#doi-tuong)', new RegExp(`^${audienceLabels.get(audience)}$`)).locator('td');
      await expect(cells).toHaveText([
        number(reached.length),
        number(reached.reduce((sum, r) => sum + (r.participants ?? 0), 0)),
        number(reached.filter((r) => r.participants === null).length),
      ]);

      await expect(page.getByRole('heading', { name: `Các hoạt động (${number(mine.length)})` })).toBeVisible();
      await expect(page.locator('section:has(#tai-lieu) ul li')).toHaveCount(new Set(mine.flatMap((r) => r.materials)).size);
      // No script but the site-wide service-worker registration (budgeted once in site-check/budgets.ts).
      await expect(page.locator(`script[src]:not([src="${SITE_WIDE_SCRIPT.src}"])`)).toHaveCount(0);
    });
  }

  test('a reused code names a different unit in each list', async ({ page }) => {
    const old = units['2021']!.find((u) => u.code === '11953')!;
    const merged = units['2025-07']!.find((u) => u.code === '11953')!;
    expect(old.name).not.toBe(merged.name);
    await page.goto('/chien-dich/xa/2021-11953/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(old.name);
    await page.goto('/chien-dich/xa/2025-07-11953/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(merged.name);
    await expect(page.getByText('Không còn cấp huyện từ 01/07/2025')).toBeVisible();
    // The units it was formed from, each linking to its page in the 2025-01 list.
    await expect(page.locator('.facts a[href="/chien-dich/xa/2025-01-11953/"]')).toBeVisible();
  });

  test('a unit with no record says so in words, not with an empty table', async ({ page }) => {
    const empty = units['2021']!.find((u) => own('2021', u.code).length === 0);
    test.skip(!empty, 'every unit of the 2021 list has a record');
    await page.goto(`/chien-dich/xa/2021-${empty!.code}/`);
    await expect(page.getByText('Chưa có số liệu.')).toBeVisible();
    await expect(page.getByText(`Cả ${quarters('2021').filter((q) => q.ended).length} quý đã qua`)).toBeVisible();
    // The only table is the quarterly report states: no quarter "có hoạt động", never an empty activity table.
    await expect(page.locator('table')).toHaveCount(1);
    const states = await page.getByRole('table', { name: /Tình trạng báo cáo/ }).locator('tbody td:nth-child(2)').allTextContents();
    expect(states.length).toBeGreaterThan(0);
    for (const state of states) expect(state).toMatch(/^(Chưa báo cáo|Đã báo cáo, không có hoạt động)$/);
  });

  test('a long list shows the newest 20 activities and folds the rest', async ({ page }) => {
    const unit = busiest('2021');
    const total = own('2021', unit.code).length;
    test.skip(total <= 20, 'no unit has more than 20 activities');
    await page.goto(`/chien-dich/xa/2021-${unit.code}/`);
    const section = page.locator('section:has(#hoat-dong)');
    await expect(section.locator(':scope > ol > li')).toHaveCount(20);
    const more = section.getByText(`Xem thêm ${number(total - 20)} hoạt động cũ hơn`);
    await expect(section.locator('details ol > li').first()).toBeHidden();
    await more.click();
    await expect(section.locator('details ol > li')).toHaveCount(total - 20);
    await expect(section.locator('details ol > li').first()).toBeVisible();
  });

  test('the index links every unit page, by list and district', async ({ page }) => {
    await page.goto('/chien-dich/xa/');
    const all = Object.values(units).reduce((sum, list) => sum + list.length, 0);
    expect(all).toBe(161 + 139 + 39);
    await expect(page.locator('main a[href^="/chien-dich/xa/"]')).toHaveCount(all);
    await expect(page.locator('section:has(#ds-2021) details')).toHaveCount(10);
    await page.locator('section:has(#ds-2021) summary', { hasText: 'Thành phố Hưng Yên' }).click();
    await page.locator('section:has(#ds-2021)').getByRole('link', { name: units['2021']![0]!.name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/chien-dich/xa/2021-${units['2021']![0]!.code}/$`));
  });

  test('a quarter’s list of units without activity links each unit to its page, which shows that quarter as a gap', async ({ page }) => {
    const codes = units['2021']!.map((u) => u.code);
    const uncovered = codes.filter((code) => !records.some((r) => r.list === '2021' && r.code === code && r.date >= '2024-04-01' && r.date <= '2024-06-30'));
    // A unit with activities in other quarters: its page lists the gaps one by one.
    const withGap = uncovered.find((code) => own('2021', code).length > 0);
    test.skip(withGap === undefined, 'no unit with activities missed Q2/2024');
    await page.goto('/chien-dich/cham/2024-q2/');
    await expect(page.locator('main ul.units a[href^="/chien-dich/xa/2021-"]')).toHaveCount(uncovered.length);
    await page.locator(`main ul.units a[href="/chien-dich/xa/2021-${withGap}/"]`).click();
    await expect(page.locator('section:has(#quy-chua-co)')).toContainText('Quý 2/2024');
  });
});
