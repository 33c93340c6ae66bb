import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { readQuarterFile } from '../cms/keystatic';
import type { ContentIssue } from '../lib/content/issues';
import { REPORTS_DIR, reportsPath, type QuarterReports } from '../lib/reporting/types';
import { memoByContent } from './content-memo';
import { projectRoot } from './context';

/**
 * Báo cáo quý (content/bao-cao-quy/<year>-q<n>.yaml): receipts, reminders and
 * closes per quarter, read with fs and parsed with the Keystatic schema's own
 * field rules. A few dozen small files.
 */
export function loadQuarterReports(root: string): { reports: QuarterReports[]; issues: ContentIssue[] } {
  const dir = join(root, REPORTS_DIR);
  const result: { reports: QuarterReports[]; issues: ContentIssue[] } = { reports: [], issues: [] };
  if (!existsSync(dir)) return result;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) {
    const slug = name.replace(/\.yaml$/, '');
    const file = reportsPath(slug);
    const parsed = parseQuarterText(slug, readFileSync(join(dir, name), 'utf8'));
    result.issues.push(...parsed.issues.map((issue) => ({ ...issue, file })));
    if (parsed.reports) result.reports.push(parsed.reports);
  }
  return result;
}

/** One quarter file's text as reports, with its field problems (no file name: callers add it). */
export function parseQuarterText(slug: string, text: string): ReturnType<typeof readQuarterFile> {
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA });
  } catch (error) {
    return { reports: null, issues: [{ field: '(tệp)', problem: { vi: `không đọc được tệp YAML (${(error as Error).message.split('\n')[0]})`, en: 'invalid YAML' } }] };
  }
  return readQuarterFile(slug, data);
}

const cached = new Map<string, () => QuarterReports[]>();

/** Every quarter file of the project (after the content check has passed: pages only). */
export function getQuarterReports(root: string = projectRoot()): QuarterReports[] {
  let getter = cached.get(root);
  if (!getter) cached.set(root, (getter = memoByContent(root, () => loadQuarterReports(root).reports)));
  return getter();
}
