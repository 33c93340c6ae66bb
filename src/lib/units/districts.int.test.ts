import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, it } from 'vitest';
import { DISTRICTS_2021_2025 } from './districts';

it('names the same districts as the unit list CSV', () => {
  const rows = Papa.parse<Record<string, string>>(readFileSync('content/don-vi-hanh-chinh/hung-yen-districts-2021.csv', 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
  expect(DISTRICTS_2021_2025.map((d) => ({ ...d }))).toEqual(
    rows.map((row) => ({ code: row.district_code, type: row.district_type, name: row.district_name })),
  );
});
