import { quarterReports } from '../../content-model/bao-cao-quy';
import { parseQuarterId } from '../../lib/calendar/quarters';
import type { FieldIssue } from '../../lib/content/issues';
import type { ClosedFile, QuarterReports, ReporterLevel } from '../../lib/reporting/types';
import { translateFieldMessage } from './messages';
import { readEntry } from './reader';

const isClosedFile = (value: unknown): value is ClosedFile =>
  typeof value === 'object' && value !== null && typeof (value as ClosedFile).path === 'string' && /^[0-9a-f]{64}$/.test(String((value as ClosedFile).digest));

/**
 * One quarter file's loaded YAML as QuarterReports: the Keystatic schema's own
 * field rules first (readEntry), then the stored digests of each close. The
 * rules across files (dates, units, closes against the records) are
 * src/lib/reporting/check.ts.
 */
export function readQuarterFile(slug: string, data: unknown): { reports: QuarterReports | null; issues: FieldIssue[] } {
  const { entry, problems } = readEntry(quarterReports, slug, data);
  if (entry === null) return { reports: null, issues: problems.map((p) => ({ field: p.path || '(tệp)', problem: translateFieldMessage(p.message) })) };
  const period = parseQuarterId(slug);
  if (!period) return { reports: null, issues: [{ field: 'quarter', problem: { vi: `tên tệp "${slug}" không phải dạng năm-q số quý, ví dụ 2025-q3`, en: 'slug is not <year>-q<n>' } }] };
  const issues: FieldIssue[] = [];
  const unit = (u: { level: string; list: string; code: string; name: string }) => ({ level: u.level as ReporterLevel, list: u.list, code: u.code, name: u.name });
  const closes = entry.closes.map((close, index) => {
    const files = close.files;
    if (!Array.isArray(files) || !files.every(isClosedFile)) {
      issues.push({
        field: `closes.${index}.files`,
        label: 'Dấu số liệu đã chốt',
        problem: {
          vi: 'thiếu hoặc hỏng dấu số liệu (danh sách tệp và mã băm) do trang Nhập liệu ghi khi chốt. Không sửa tay phần này: xóa mục chốt này rồi chốt lại ở trang Nhập liệu → "Chốt số liệu"',
          en: 'the close has no valid file digests; close again from the data desk',
        },
      });
    }
    const reopened = close.reopened.on !== null || close.reopened.reason.trim() !== '' || close.reopened.by.trim() !== '' ? { on: close.reopened.on ?? '', by: close.reopened.by, reason: close.reopened.reason } : null;
    return { area: close.area, closedOn: close.closedOn ?? '', by: close.by, note: close.note, records: close.records ?? 0, files: Array.isArray(files) ? files.filter(isClosedFile) : [], reopened };
  });
  const reports: QuarterReports = {
    ...period,
    slug,
    receipts: entry.receipts.map((r) => ({ unit: unit(r.unit), receivedOn: r.receivedOn ?? '', from: r.from, noActivity: r.noActivity })),
    reminders: entry.reminders.map((r) => ({ unit: unit(r.unit), on: r.on ?? '', by: r.by })),
    closes,
  };
  return { reports, issues };
}
