import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { parse } from 'yaml';

/**
 * The plans block, the reports and the review files of the built site,
 * opened as zip/XML and checked against figures recomputed here straight from
 * the content files (YAML, CSV), without the site's own code.
 */
const ACTIVITIES = 'content/hoat-dong';
const activityDates = (): { date: string; list: string; code: string }[] =>
  existsSync(ACTIVITIES)
    ? readdirSync(ACTIVITIES).flatMap((year) =>
        readdirSync(join(ACTIVITIES, year)).flatMap((name) => {
          const [list, code] = [name.slice(0, name.lastIndexOf('-')), name.slice(name.lastIndexOf('-') + 1, -'.yaml'.length)];
          const file = parse(readFileSync(join(ACTIVITIES, year, name), 'utf8')) as { activities?: { date: string }[] };
          return (file.activities ?? []).map((a) => ({ date: String(a.date), list, code }));
        }),
      )
    : [];
const plan = parse(readFileSync('content/ke-hoach/164-kh-ubnd-2021.yaml', 'utf8')) as { targets: { label: string }[] };
const text = (xml: string) => xml.replace(/<\/(w|a):p>/g, '\n').replace(/<[^>]+>/g, '');

async function parts(request: import('@playwright/test').APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.ok(), path).toBe(true);
  const files = unzipSync(new Uint8Array(await response.body()));
  return new Map(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

test('plans, reports and the 2021–2025 review carry the content files\' figures in the state format', async ({ page, request }) => {
  // The dashboard: plan 164 ended, no 2026 plan entered.
  await page.goto('/chien-dich/');
  await expect(page.getByText('Kế hoạch 164/KH-UBND đã kết thúc ngày 31/12/2025.')).toBeVisible();
  await expect(page.getByText('Chưa nhập kế hoạch năm 2026.')).toBeVisible();

  // Review: every target of section II, the mark on every page, no number on page 1.
  const review = await parts(request, '/chien-dich/tong-ket/bao-cao-tong-ket-2021-2025.docx');
  const body = text(review.get('word/document.xml')!);
  for (const target of plan.targets) expect(body).toContain(target.label);
  expect(body).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(review.get('word/document.xml')).toContain('<w:pgSz w:w="11906" w:h="16838"');
  expect(review.get('word/document.xml')).toContain('<w:titlePg/>');
  const footers = [...review.keys()].filter((name) => /^word\/footer\d+\.xml$/.test(name)).map((name) => text(review.get(name)!));
  const sample = activityDates().length > 0;
  if (sample) expect(footers.every((f) => f.includes('DỮ LIỆU MINH HỌA'))).toBe(true);

  // District plans per year (target II.2.a), counted from the files: the same figure in the review.
  const planFiles = readdirSync('content/ke-hoach-huyen');
  const lines = body.split('\n');
  const row = lines.findIndex((line) => line.startsWith('II.2.a. Huyện, thị xã, thành phố có kế hoạch'));
  expect(row).toBeGreaterThan(0);
  for (const year of [2021, 2022, 2023, 2024]) {
    const withPlan = planFiles.filter((name) => name.startsWith(`${year}-`)).length;
    // label, target, then one cell per year from 2021.
    expect(lines[row + 2 + (year - 2021)]).toMatch(new RegExp(`^${withPlan}/10 huyện`));
  }

  // The deck: every target on its slides.
  const deck = await parts(request, '/chien-dich/tong-ket/trinh-chieu-tong-ket-2021-2025.pptx');
  const slides = [...deck.keys()].filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).map((name) => text(deck.get(name)!)).join('\n');
  for (const target of plan.targets) expect(slides).toContain(target.label);

  // A quarterly report: units with activity in Q2/2024 against the 161 units of the 2021 list.
  test.skip(!sample, 'no activity records in content/hoat-dong');
  const units = new Set(
    Papa.parse<Record<string, string>>(readFileSync('content/don-vi-hanh-chinh/hung-yen-units-2021.csv', 'utf8'), { header: true, skipEmptyLines: true }).data.map((u) => u.commune_code ?? ''),
  );
  const covered = new Set(activityDates().filter((r) => r.list === '2021' && units.has(r.code) && r.date >= '2024-04-01' && r.date <= '2024-06-30').map((r) => r.code)).size;
  const quarter = text((await parts(request, '/chien-dich/bao-cao/tinh-2024-q2.docx')).get('word/document.xml')!);
  expect(quarter).toContain(`Quý 2/2024\n${covered}/161\n`);
});
