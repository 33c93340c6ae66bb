import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { parseWithSchema } from '../cms/keystatic';
import { DEFAULT_DUE_DAYS, reportSettings } from '../content-model/cai-dat-bao-cao';
import { projectRoot } from './context';

export interface ReportSettings {
  dueDays: number;
  messageNotReported: string;
  messageNoActivity: string;
}

/**
 * Báo cáo quý settings (content/cai-dat-bao-cao/index.yaml), read synchronously
 * for the desk and the dashboards. The content check reports a bad file; here
 * a missing or bad value falls back to the stated default.
 */
export function getReportSettings(root: string = projectRoot()): ReportSettings {
  const path = join(root, 'content/cai-dat-bao-cao/index.yaml');
  const data = existsSync(path) ? load(readFileSync(path, 'utf8'), { schema: CORE_SCHEMA }) : {};
  const { value } = parseWithSchema(reportSettings.schema, data ?? {});
  return {
    dueDays: typeof value.dueDays === 'number' ? value.dueDays : DEFAULT_DUE_DAYS,
    messageNotReported: value.messageNotReported ?? '',
    messageNoActivity: value.messageNoActivity ?? '',
  };
}
