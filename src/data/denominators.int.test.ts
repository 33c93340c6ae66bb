import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDenominators } from './denominators';

describe('getDenominators on a temporary site', () => {
  let root = '';
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'denominators-'));
    mkdirSync(join(root, 'content/mau-so'), { recursive: true });
    writeFileSync(
      join(root, 'content/mau-so/2030.yaml'),
      [
        'figures:',
        '  - audience: lao-dong-khu-cong-nghiep',
        '    value: 1234',
        '    scope: Người lao động khu công nghiệp',
        '    referenceDate: 06/2030',
        '    source: Báo cáo thử nghiệm số 1/BC',
        '    confidence: cao',
        '  - audience: lao-dong-co-so-dich-vu',
        "    scope: ''",
        "    referenceDate: ''",
        "    source: ''",
        '    confidence: chua-co',
        '',
      ].join('\n'),
    );
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reads each figure with its source and confidence, and an empty value as null (never 0)', async () => {
    expect(await getDenominators(2030, root)).toEqual([
      { audience: 'lao-dong-khu-cong-nghiep', value: 1234, scope: 'Người lao động khu công nghiệp', source: 'Báo cáo thử nghiệm số 1/BC', confidence: 'cao' },
      { audience: 'lao-dong-co-so-dich-vu', value: null, scope: '', source: '', confidence: 'chua-co' },
    ]);
  });

  it('gives nothing for a year without a file', async () => {
    expect(await getDenominators(2019, root)).toEqual([]);
  });
});

describe('content/mau-so', () => {
  const years = readdirSync('content/mau-so').map((name) => Number(name.replace(/\.yaml$/, '')));

  it('gives every filled figure a source and a confidence level', async () => {
    for (const year of years) {
      for (const figure of await getDenominators(year)) {
        const where = `${year} ${figure.audience}`;
        if (figure.value === null) continue;
        expect(figure.source.trim(), where).not.toBe('');
        expect(figure.confidence, where).not.toBe('chua-co');
      }
    }
  });
});
