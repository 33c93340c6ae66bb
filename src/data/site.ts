import { createReader } from '@keystatic/core/reader';
import keystaticConfig from '../../keystatic.config';
import { formatIssues } from '../lib/content/issues';
import { validateContent } from './validate-content';

/**
 * Pages read content only through this module. The first read validates every
 * content file and stops the build with the file and field of each problem.
 */
const root = process.cwd();
export const reader = createReader(root, keystaticConfig);

let validated: Promise<void> | undefined;

async function ensureValid(): Promise<void> {
  validated ??= validateContent(root).then((issues) => {
    if (issues.length > 0) throw new Error(formatIssues(issues));
  });
  return validated;
}

const byDateDesc = <T extends { entry: { publishedAt: string | null } }>(a: T, b: T) =>
  (b.entry.publishedAt ?? '').localeCompare(a.entry.publishedAt ?? '');

export async function getMaterials() {
  await ensureValid();
  return (await reader.collections.taiLieu.all()).sort(byDateDesc);
}

export async function getLessonKits() {
  await ensureValid();
  return (await reader.collections.baiGiang.all()).sort(byDateDesc);
}

export async function getNews() {
  await ensureValid();
  return (await reader.collections.tinTuc.all()).sort(byDateDesc);
}

export async function getPages() {
  await ensureValid();
  return reader.collections.trang.all();
}

export async function getSettings() {
  await ensureValid();
  return reader.singletons.caiDat.readOrThrow();
}

export async function getHelpPage() {
  await ensureValid();
  return reader.singletons.hoTro.readOrThrow();
}

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
