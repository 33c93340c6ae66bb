import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activity } from '../lib/coverage/test-records';
import { generateSample } from '../lib/activities/sample';
import { addActivitiesToText, newActivityFileText } from '../lib/activities/yaml-file';
import { removeIllustrativeRecords } from './sample-activities';
import { defaultLookups, listActivityFiles, loadActivities, pathOfSlug } from '../data/activities';
import { getUnitRegistry } from '../data/units';

let root: string;
const officerText = newActivityFileText({ listId: '2021', code: '11950', unitName: 'Phường Lam Sơn' }, [
  activity('2024-03-15', '2021', '11950', { description: 'Hội nghị do cán bộ nhập', participants: 60, format: 'hoi-nghi' }),
]);

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'sample-'));
  for (const folder of ['don-vi-hanh-chinh', 'danh-muc', 'tai-lieu']) cpSync(join(process.cwd(), 'content', folder), join(root, 'content', folder), { recursive: true });
  mkdirSync(join(root, 'content/hoat-dong/2024'), { recursive: true });
  writeFileSync(join(root, 'content/hoat-dong/2024/2021-11950.yaml'), officerText);
  // What `npm run sample:generate` does: add to existing files, create the others.
  const registry = getUnitRegistry(root);
  for (const [slug, { header, records }] of generateSample({ registry, years: [2022, 2023, 2024, 2025], seed: 164, scale: 1, today: '2026-11-29', materials: [] })) {
    const path = join(root, pathOfSlug(slug));
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, existsSync(path) ? addActivitiesToText(readFileSync(path, 'utf8'), records) : newActivityFileText(header, records));
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('sample data on the real unit lists', () => {
  it('is valid content: every date inside its list (no 2021-list unit after 2024), every file checked', () => {
    const { issues, records } = loadActivities(root, defaultLookups(root, getUnitRegistry(root)));
    expect(issues).toEqual([]);
    expect(records.filter((r) => r.illustrative).length).toBeGreaterThan(3000);
    expect(records.some((r) => r.listId === '2021' && r.date > '2024-12-31')).toBe(false);
    expect(new Set(records.filter((r) => r.date >= '2025-07-01').map((r) => r.listId))).toEqual(new Set(['2025-07']));
  });

  it('is removed completely, leaving the officer’s record byte for byte and no empty year folder', () => {
    const result = removeIllustrativeRecords(root);
    expect(result.records).toBeGreaterThan(3000);
    expect(listActivityFiles(root)).toEqual(['content/hoat-dong/2024/2021-11950.yaml']);
    expect(readFileSync(join(root, 'content/hoat-dong/2024/2021-11950.yaml'), 'utf8')).toBe(officerText);
    expect(readdirSync(join(root, 'content/hoat-dong'))).toEqual(['2024']);
    expect(removeIllustrativeRecords(root).records).toBe(0);
  });
});
