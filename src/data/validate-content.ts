import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createReader } from '@keystatic/core/reader';
import type { ComponentSchema } from '@keystatic/core';
import keystaticConfig from '../../keystatic.config';
import { checkLessonKit } from '../content-model/bai-giang';
import { checkDistrictReport } from '../content-model/bao-cao-huyen';
import { checkDenominators } from '../content-model/mau-so';
import { checkMaterial } from '../content-model/tai-lieu';
import { waveOfEntry } from '../content-model/dot-chien-dich';
import { checkWave } from '../lib/waves/check';
import { reservedPageSlugs } from '../content-model/trang';
import type { ContentIssue, FieldIssue } from '../lib/content/issues';
import { parseReaderError } from '../cms/keystatic';
import { contentRuleIssues } from '../lib/content-rules';
import { checkDistrictPlan, resolveDistrictYear } from '../lib/district/plan';
import { checkPlan, duplicatePlanNumbers, explainPlanFieldIssue, type PlanFacts } from '../lib/plans/check';
import type { UnitRegistry } from '../lib/units/registry';
import { checkQuarterReports } from '../lib/reporting/check';
import { reportsPath } from '../lib/reporting/types';
import { loadActivities, materialKinds } from './activities';
import { loadQuarterReports } from './quarter-reports';
import { entryFile, fieldLabel } from './content-files';
import { today } from './context';
import { loadUnitRegistry } from './units';
import { waveLookup } from './waves';

type Config = typeof keystaticConfig;

/** Rules beyond each field's own validation, per collection. */
interface Lookups {
  fileExists: (publicPath: string) => boolean;
  materialExists: (slug: string) => boolean;
  registry: UnitRegistry;
  materialKind: (slug: string) => string | undefined;
  lessonKitExists: (slug: string) => boolean;
}
type Check = (entry: never, slug: string, lookups: Lookups) => FieldIssue[];
const collectionChecks: Partial<Record<keyof Config['collections'], Check>> = {
  taiLieu: (entry: Parameters<typeof checkMaterial>[0], _slug, { fileExists }) => checkMaterial(entry, fileExists),
  baiGiang: (entry: Parameters<typeof checkLessonKit>[0], _slug, { fileExists, materialExists }) =>
    checkLessonKit(entry, fileExists, materialExists),
  trang: (_entry: unknown, slug: string) =>
    reservedPageSlugs.includes(slug)
      ? [{ field: 'title', label: 'Đường dẫn', problem: { vi: `đường dẫn "${slug}" trùng một mục chính của trang`, en: `slug "${slug}" is reserved` } }]
      : [],
  mauSo: (entry: Parameters<typeof checkDenominators>[0]) => checkDenominators(entry),
  dotChienDich: (entry: Parameters<typeof waveOfEntry>[1], slug, lookups) => checkWave(waveOfEntry(slug, entry), lookups),
  keHoachHuyen: (entry: Parameters<typeof checkDistrictPlan>[0], slug, { registry }) => checkDistrictPlan(entry, slug, registry),
  baoCaoHuyen: (entry: Parameters<typeof checkDistrictReport>[0], slug, { registry }) => {
    const place = resolveDistrictYear(slug, registry);
    return [...('problem' in place ? [place] : []), ...checkDistrictReport(entry)];
  },
  keHoach: (entry: PlanFacts) => checkPlan(entry),
};

function withFile(file: string, schema: Record<string, ComponentSchema>, issues: FieldIssue[]): ContentIssue[] {
  return issues.map((issue) => ({ ...issue, label: issue.label ?? fieldLabel(schema, issue.field), file }));
}

/**
 * Reads every entry of every collection and singleton under `root` and
 * returns what is wrong, file by file. An empty list means the content is valid.
 */
export async function validateContent(root: string, config: Config = keystaticConfig): Promise<ContentIssue[]> {
  const reader = createReader(root, config);
  const issues: ContentIssue[] = [];
  const materialSlugs = new Set(await reader.collections.taiLieu.list());
  const kinds = materialKinds(root);
  const kitSlugs = new Set(await reader.collections.baiGiang.list());
  // Reference data (unit lists) first: activities, plans and reports name units.
  const units = loadUnitRegistry(root);
  issues.push(...units.issues);
  const lookups: Lookups = {
    fileExists: (publicPath: string) => existsSync(join(root, 'public', publicPath)),
    materialExists: (slug: string) => materialSlugs.has(slug),
    registry: units.registry,
    materialKind: (slug: string) => kinds.get(slug),
    lessonKitExists: (slug: string) => kitSlugs.has(slug),
  };

  // Activity files go through the fast loader: it applies the same Keystatic
  // field rules without the reader's per-entry overhead.
  const activities = loadActivities(root, { registry: units.registry, materialExists: lookups.materialExists, today: today(), wave: waveLookup(root) });
  issues.push(...activities.issues.map((issue) => ({ ...issue, label: issue.label ?? fieldLabel(config.collections.hoatDong.schema, issue.field) })));

  // Quarterly reports and closes: read fast too, and checked against the records (a closed quarter's records may not change).
  const quarters = loadQuarterReports(root);
  issues.push(...quarters.issues.map((issue) => ({ ...issue, label: issue.label ?? fieldLabel(config.collections.baoCaoQuy.schema, issue.field) })));
  for (const reports of quarters.reports) {
    issues.push(...withFile(reportsPath(reports.slug), config.collections.baoCaoQuy.schema, checkQuarterReports(reports, { registry: units.registry, today: today(), records: activities.records })));
  }

  for (const key of Object.keys(config.collections) as (keyof Config['collections'])[]) {
    if (key === 'hoatDong' || key === 'baoCaoQuy') continue;
    const collection = config.collections[key];
    const collectionReader = reader.collections[key];
    const plans = new Set<string>();
    const planNumbers: { file: string; number: string }[] = [];
    for (const slug of await collectionReader.list()) {
      const file = entryFile(collection, slug);
      try {
        const entry = await collectionReader.readOrThrow(slug, { resolveLinkedFiles: true });
        const check = collectionChecks[key] as ((entry: unknown, slug: string, lookups: Lookups) => FieldIssue[]) | undefined;
        issues.push(...withFile(file, collection.schema, [...(check?.(entry, slug, lookups) ?? []), ...contentRuleIssues(key, entry)]));
        if (key === 'keHoach' && (entry as { isCurrent: boolean }).isCurrent) plans.add(file);
        if (key === 'keHoach') planNumbers.push({ file, number: (entry as { number: string }).number });
      } catch (error) {
        const readerIssues = parseReaderError(String((error as Error).message));
        issues.push(...withFile(file, collection.schema, key === 'keHoach' ? readerIssues.map(explainPlanFieldIssue) : readerIssues));
      }
    }
    for (const { file, issue } of duplicatePlanNumbers(planNumbers)) issues.push({ ...issue, file });
    if (key === 'keHoach' && plans.size > 1) {
      for (const file of plans) {
        issues.push({
          file,
          field: 'isCurrent',
          label: 'Kế hoạch đang hiển thị',
          problem: { vi: 'có nhiều hơn một kế hoạch được đánh dấu đang hiển thị', en: 'more than one plan is marked current' },
        });
      }
    }
  }

  for (const key of Object.keys(config.singletons) as (keyof Config['singletons'])[]) {
    const singleton = config.singletons[key];
    const file = entryFile(singleton);
    try {
      const entry = await reader.singletons[key].read({ resolveLinkedFiles: true });
      if (entry === null) {
        issues.push({ file, field: '(tệp)', problem: { vi: 'thiếu tệp này', en: 'file is missing' } });
      }
      issues.push(...withFile(file, singleton.schema, contentRuleIssues(key, entry)));
    } catch (error) {
      issues.push(...withFile(file, singleton.schema, parseReaderError(String((error as Error).message))));
    }
  }
  return issues;
}
