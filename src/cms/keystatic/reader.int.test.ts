import { createReader } from '@keystatic/core/reader';
import { CORE_SCHEMA, load } from 'js-yaml';
import { activityTestRoot } from '../../../scripts/lib/activity-test-root';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import keystaticConfig from '../../../keystatic.config';
import { activityFiles } from '../../content-model/hoat-dong';
import { parseReaderError, readEntry } from '.';

const GOOD = `unit:
  list: '2021'
  code: '11950'
  name: Phường Lam Sơn
activities:
  - date: 2024-03-12
    format: loa-truyen-thanh
    audiences: [cong-dong]
    materials: []
    description: Phát thanh tuyên truyền trên loa
    reportingUnit: UBND phường Lam Sơn
  - date: 2024-05-02
    format: hoi-nghi
    audiences: [cong-dong, hoc-sinh-sinh-vien]
    participants: 120
    materials: [null]
    description: Hội nghị tuyên truyền tại nhà văn hóa
    reportingUnit: UBND phường Lam Sơn
    illustrative: true
`;

/** Broken files, each with the slug it is stored under (some slugs break the file-name rule too). */
const BROKEN: Record<string, [string, string]> = {
  'unknown key': ['2024/2021-11950', GOOD.replace('    illustrative: true\n', '    ghi_chu: thêm\n')],
  'unknown top-level key': ['2024/2021-11950', `${GOOD}ghi_chu: thêm\n`],
  'types, options and limits': [
    '2024/2021-11951',
    `unit:\n  list: '1999'\n  code: 11950\n  name: P\nactivities:\n  - date: hôm qua\n    format: chieu-phim\n    audiences: [nguoi-la]\n    participants: -4\n    description: ngắn\n    reportingUnit: U\n`,
  ],
  'not a list': ['2024/2021-11952', `unit:\n  list: '2021'\n  code: '11950'\n  name: Phường Lam Sơn\nactivities: có\n`],
  'fraction and missing': ['2024/2021-11953', `unit:\n  list: '2021'\n  code: '1195'\nactivities:\n  - format: hoi-nghi\n    participants: 2.5\n    materials: [null]\n`],
  'too long and too many': ['2024/2021-11954', GOOD.replace('Phát thanh tuyên truyền trên loa', 'x'.repeat(501)).replace('participants: 120', 'participants: 2000000')],
  'bad file name': ['2024/khong-dung', GOOD],
  'not an object': ['2024/2021-11955', '- a\n- b\n'],
};

let root: string;
let put: (slug: string, text: string) => void;
let remove: () => void;
beforeAll(() => {
  ({ root, put, remove } = activityTestRoot('keystatic-reader-'));
});
afterAll(() => remove());
const loaded = (text: string): unknown => load(text, { schema: CORE_SCHEMA });

describe('readEntry reads what Keystatic’s reader reads', () => {
  it('a valid file: the same entry, slug field included', async () => {
    put('2024/2021-11950', GOOD);
    const fromKeystatic = await createReader(root, keystaticConfig).collections.hoatDong.readOrThrow('2024/2021-11950');
    const { entry, problems } = readEntry(activityFiles, '2024/2021-11950', loaded(GOOD));
    expect(problems).toEqual([]);
    expect(entry).toStrictEqual(fromKeystatic);
    // Typed as Keystatic's reader types it: no hand-written shape.
    expect(entry?.activities[1]?.materials).toEqual([null]);
    expect(entry?.unit.name).toBe('Phường Lam Sơn');
  });

  for (const [name, [slug, text]] of Object.entries(BROKEN)) {
    it(`a broken file, the same fields with the same messages: ${name}`, async () => {
      put(slug, text);
      let fromKeystatic: { field: string; en: string }[] = [];
      try {
        await createReader(root, keystaticConfig).collections.hoatDong.readOrThrow(slug);
      } catch (error) {
        fromKeystatic = parseReaderError((error as Error).message).map((issue) => ({ field: issue.field, en: issue.problem.en }));
      }
      const { entry, problems } = readEntry(activityFiles, slug, loaded(text));
      expect(entry).toBeNull();
      const ours = problems.map((p) => ({ field: p.path || '(tệp)', en: p.message }));
      expect(fromKeystatic.length).toBeGreaterThan(0);
      // Keystatic stops at an unknown top-level key or a non-object before the file name; the fast reader checks the name first.
      const sort = (list: { field: string; en: string }[]) => [...list].sort((a, b) => `${a.field} ${a.en}`.localeCompare(`${b.field} ${b.en}`));
      expect(sort(ours.filter((p) => fromKeystatic.some((k) => k.field === '(tệp)') ? p.field !== 'file' : true))).toEqual(sort(fromKeystatic));
    });
  }
});
