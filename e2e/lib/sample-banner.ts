import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

/** The tracker's folders whose records can be illustrative (`illustrative: true`, from npm run sample:generate). */
const TRACKER = ['content/hoat-dong', 'content/ke-hoach-huyen', 'content/bao-cao-huyen'];

const files = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)])) : [];

/** Whether any tracker file still holds an illustrative (sample) record. */
export const hasSampleRecords = (): boolean =>
  TRACKER.flatMap(files).some((file) => /^\s*illustrative: true\s*$/m.test(readFileSync(file, 'utf8')));

const sample = hasSampleRecords();

/** The "Dữ liệu minh họa." banner shows exactly when the content holds sample records. */
export async function expectSampleBanner(page: Page): Promise<void> {
  if (sample) await expect(page.getByText('Dữ liệu minh họa.').first()).toBeVisible();
  else await expect(page.getByText('Dữ liệu minh họa.')).toHaveCount(0);
}
