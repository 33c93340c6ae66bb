import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReader } from '@keystatic/core/reader';
import { parse } from 'yaml';
import { activityTestRoot } from '../../scripts/lib/activity-test-root';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import keystaticConfig from '../../keystatic.config';
import { activityFiles } from '../content-model/hoat-dong';
import { parseReaderError, parseWithSchema } from '../cms/keystatic';
import { defaultLookups, getActivities, loadActivities } from './activities';
import { loadUnitRegistry } from './units';
import { validateContent } from './validate-content';

const GOOD = `unit:
  list: '2021'
  code: '11950'
  name: Phường Lam Sơn
activities:
  - date: 2024-03-12
    format: loa-truyen-thanh
    audiences:
      - cong-dong
    materials: []
    description: Phát thanh tuyên truyền trên loa
    reportingUnit: UBND phường Lam Sơn
  - date: 2024-05-02
    format: hoi-nghi
    audiences: [cong-dong, hoc-sinh-sinh-vien]
    participants: 120
    materials: []
    description: Hội nghị tuyên truyền tại nhà văn hóa
    reportingUnit: UBND phường Lam Sơn
    illustrative: true
`;

/** Files that break the schema in different ways; the loader must reject exactly what Keystatic rejects. */
const BROKEN: Record<string, string> = {
  'unknown-key': GOOD.replace('    illustrative: true\n', '    ghi_chu: thêm\n'),
  'types-and-options': `unit:\n  list: '1999'\n  code: 11950\n  name: P\nactivities:\n  - date: hôm qua\n    format: chieu-phim\n    audiences: [nguoi-la]\n    participants: -4\n    description: ngắn\n    reportingUnit: U\n`,
  'not-a-list': `unit:\n  list: '2021'\n  code: '11950'\n  name: Phường Lam Sơn\nactivities: có\n`,
  'fraction-and-missing': `unit:\n  list: '2021'\n  code: '1195'\nactivities:\n  - format: hoi-nghi\n    participants: 2.5\n    materials: [null]\n`,
};

let root: string;
let put: (slug: string, text: string) => void;
let remove: () => void;
beforeAll(() => {
  ({ root, put, remove } = activityTestRoot('activities-'));
});
afterAll(() => remove());

describe('one definition: the fast loader parses with the Keystatic schema itself', () => {
  it('reads a valid file to the same values as Keystatic’s reader', async () => {
    put('2024/2021-11950', GOOD);
    const fromKeystatic = await createReader(root, keystaticConfig).collections.hoatDong.readOrThrow('2024/2021-11950');
    const { value, problems } = parseWithSchema(activityFiles.schema, parse(GOOD), 'file');
    expect(problems).toEqual([]);
    expect(value).toEqual({ ...fromKeystatic, file: undefined });
  });

  for (const [name, text] of Object.entries(BROKEN)) {
    it(`rejects the same fields as Keystatic’s reader: ${name}`, async () => {
      put(`2024/2021-1195${Object.keys(BROKEN).indexOf(name)}`, text);
      const slug = `2024/2021-1195${Object.keys(BROKEN).indexOf(name)}`;
      let keystaticFields: string[] = [];
      try {
        await createReader(root, keystaticConfig).collections.hoatDong.readOrThrow(slug);
      } catch (error) {
        keystaticFields = parseReaderError((error as Error).message).map((issue) => issue.field);
      }
      const ours = parseWithSchema(activityFiles.schema, parse(text), 'file').problems.map((p) => p.path || '(tệp)');
      expect(keystaticFields.length).toBeGreaterThan(0);
      expect(ours.sort()).toEqual(keystaticFields.filter((field) => field !== 'file').sort());
    });
  }
});

describe('loadActivities', () => {
  it('names the file and field of each problem, in Vietnamese and English', () => {
    const local = mkdtempSync(join(tmpdir(), 'activities-'));
    cpSync(join(root, 'content'), join(local, 'content'), { recursive: true });
    rmSync(join(local, 'content/hoat-dong'), { recursive: true, force: true });
    mkdirSync(join(local, 'content/hoat-dong/2025'), { recursive: true });
    writeFileSync(join(local, 'content/hoat-dong/2025/2021-11950.yaml'), GOOD.replaceAll('2024-', '2025-'));
    writeFileSync(join(local, 'content/hoat-dong/2025/2025-01-11977.yaml'), 'unit: [không đúng\n');
    const { registry } = loadUnitRegistry(local);
    const { issues } = loadActivities(local, defaultLookups(local, registry));
    expect(issues.map((i) => [i.file, i.field])).toEqual([
      ['content/hoat-dong/2025/2021-11950.yaml', 'file'],
      ['content/hoat-dong/2025/2021-11950.yaml', 'activities.0.date'],
      ['content/hoat-dong/2025/2021-11950.yaml', 'activities.1.date'],
      ['content/hoat-dong/2025/2025-01-11977.yaml', '(tệp)'],
    ]);
    expect(issues[1]?.problem.vi).toContain('ngoài thời gian hiệu lực của danh sách «2021» (01/05/2019 – 31/12/2024). Ngày này dùng danh sách «2025-01»');
    expect(issues[3]?.problem.vi).toMatch(/^không đọc được tệp YAML ở dòng 2, cột 1 \(/);
    rmSync(local, { recursive: true, force: true });
  });

  it('is part of the content check that runs on the first read of the site, so a build reads every activity file', async () => {
    put('2024/2021-11953', GOOD.replace("code: '11950'", "code: '11953'"));
    const issues = await validateContent(root);
    expect(issues.find((i) => i.file === 'content/hoat-dong/2024/2021-11953.yaml')).toMatchObject({
      field: 'unit.name',
      label: 'Tên xã, phường, thị trấn',
    });
  });

  it('serves pages from the load the content check already did, and re-reads after a change', () => {
    rmSync(join(root, 'content/hoat-dong'), { recursive: true, force: true });
    put('2024/2021-11950', GOOD);
    const { registry } = loadUnitRegistry(root);
    const first = loadActivities(root, defaultLookups(root, registry));
    expect(getActivities(root).records).toBe(first.records);
    put('2024/2021-11950', GOOD.replace('Phát thanh tuyên truyền trên loa', 'Phát thanh bài mới trên loa'));
    expect(getActivities(root).records[0]?.description).toBe('Phát thanh bài mới trên loa');
  });
});
