import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultLookups, loadActivities } from '../data/activities';
import { getUnitRegistry } from '../data/units';
import { validateContent } from '../data/validate-content';
import { loadWaves } from '../data/waves';
import { formatIssues } from '../lib/content/issues';
import { fitsWave } from '../lib/waves/link';
import { localStore } from './local-store';
import { WHOLE_PROVINCE } from '../lib/reporting/types';
import { closeQuarter } from './quarter-reports';
import { linkWave } from './wave-link';

describe('linking a wave through the content store', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'wave-link-'));
    cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
    // Posters name their images in public/: the content check looks for them.
    cpSync(join(process.cwd(), 'public'), join(root, 'public'), { recursive: true });
    writeFileSync(
      join(root, 'content/dot-chien-dich/dot-thu-thang-8.yaml'),
      "name: Đợt thử tháng 8\nstart: 2025-08-01\nend: 2025-08-31\nbasis: Căn cứ thử nghiệm đủ dài\nbasisUrl: ''\nallUnits: true\nunits: []\naudiences:\n  - cong-dong\nmessages:\n  - Thông điệp thử\nmaterials: []\nlessonKits: []\nexpected:\n  - format: hoi-nghi\n    count: 3\nbroadcasts: []\n",
    );
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('links every record inside the dates, area and formats in one write, once, and the content (a closed quarter too) stays valid', async () => {
    const registry = getUnitRegistry(root);
    const lookups = defaultLookups(root, registry);
    const wave = loadWaves(root).waves.find((w) => w.slug === 'dot-thu-thang-8')!;
    const before = loadActivities(root, lookups).records.filter((r) => !r.wave && fitsWave(r, wave, registry)).length;
    const author = { name: 'Thử', email: 'thu@example.invalid' };
    // Quarter 3/2025 closed for the whole province first: the wave is not part of a close's digest.
    await closeQuarter({ store: localStore(root), author, registry, today: '2026-01-15', lookups }, { year: 2025, quarter: 3 }, WHOLE_PROVINCE, 'Chốt để kiểm thử gắn đợt');
    const first = await linkWave(localStore(root), wave, registry, lookups, author);
    expect(first.records).toBe(before);
    const after = loadActivities(root, defaultLookups(root, registry)).records;
    expect(after.filter((r) => r.wave === wave.slug)).toHaveLength(before);
    expect((await linkWave(localStore(root), wave, registry, defaultLookups(root, registry), author)).records).toBe(0);
    expect(formatIssues(await validateContent(root))).toBe(formatIssues([]));
  });
});
