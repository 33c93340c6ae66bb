import { createReader } from '@keystatic/core/reader';
import keystaticConfig from '../../keystatic.config';
import { formatIssues } from '../lib/content/issues';
import { memoByContent } from './content-memo';
import { projectRoot } from './context';
import { validateContent } from './validate-content';

/**
 * Pages read content only through this module. The first read validates every
 * content file and stops the build with the file and field of each problem;
 * each collection is read once per build (in dev, again after a file changes).
 */
const root = projectRoot();
export const reader = createReader(root, keystaticConfig);

const ensureValid = memoByContent(root, () =>
  validateContent(root).then((issues) => {
    if (issues.length > 0) throw new Error(formatIssues(issues));
  }),
);

/** A collection read after validation, cached like the validation itself. */
const read = <T>(load: () => Promise<T>) => {
  const cached = memoByContent(root, load);
  return async () => {
    await ensureValid();
    return cached();
  };
};

const byDateDesc = <T extends { entry: { publishedAt: string | null } }>(a: T, b: T) =>
  (b.entry.publishedAt ?? '').localeCompare(a.entry.publishedAt ?? '');

export const getMaterials = read(async () => (await reader.collections.taiLieu.all()).sort(byDateDesc));

export const getLessonKits = read(async () => (await reader.collections.baiGiang.all()).sort(byDateDesc));

export const getNews = read(async () => (await reader.collections.tinTuc.all()).sort(byDateDesc));

export const getPages = read(() => reader.collections.trang.all());

export const getSettings = read(() => reader.singletons.caiDat.readOrThrow());

export const getHelpPage = read(() => reader.singletons.hoTro.readOrThrow());

/** Kế hoạch năm của huyện, by file name ("2024-325"). */
export const getDistrictPlanEntries = read(async () => (await reader.collections.keHoachHuyen.all()).sort((a, b) => a.slug.localeCompare(b.slug)));

/** Báo cáo chỉ tiêu năm của huyện, by file name ("2024-325"). */
export const getDistrictReportEntries = read(async () => (await reader.collections.baoCaoHuyen.all()).sort((a, b) => a.slug.localeCompare(b.slug)));

/** Every plan (content/ke-hoach/), the earliest period first. */
export const getPlanEntries = read(async () => (await reader.collections.keHoach.all()).sort((a, b) => a.entry.periodStart.localeCompare(b.entry.periodStart)));

/** The plan marked current (Kế hoạch đang hiển thị). */
export async function getCurrentPlan() {
  await ensureValid();
  const plans = await reader.collections.keHoach.all();
  const current = plans.find((plan) => plan.entry.isCurrent);
  if (!current) {
    throw new Error(
      'Chưa có kế hoạch nào được đánh dấu "Kế hoạch đang hiển thị" trong content/ke-hoach/. [EN] No plan is marked current.',
    );
  }
  return current;
}

export type Material = Awaited<ReturnType<typeof getMaterials>>[number];
export type LessonKit = Awaited<ReturnType<typeof getLessonKits>>[number];
export type NewsItem = Awaited<ReturnType<typeof getNews>>[number];
export type Settings = Awaited<ReturnType<typeof getSettings>>;
export type Plan = Awaited<ReturnType<typeof getCurrentPlan>>;
