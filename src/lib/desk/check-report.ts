import { COLUMN_TITLES, type ImportColumn } from '../activities/import/header';
import type { ImportResult } from '../activities/import/validate-import';
import { formatDate, formatNumber } from '../format/vi';
import { audiences, labelOf } from '../taxonomy';
import { routes } from '../routes';

/** What the desk shows after "Kiểm tra": the command line's report, as parts of a page. */
export interface CheckReport {
  verdict: { tone: 'ok' | 'error' | 'info'; text: string };
  headerProblems: string[];
  counts: { label: string; value: string }[];
  problems: { row: string; column: string; value: string; message: string }[];
  conflicts: string[];
  blocked: string[];
  /** Files the write would change, with how many records each gets. */
  files: string[];
}

export interface CheckedLike {
  result: ImportResult;
  changes: readonly { path: string }[];
  /** Quarter files that get "đã nhận báo cáo" for the units covered. */
  receipts?: readonly { path: string; receipts: readonly { unit: { name: string } }[] }[];
  blocked: readonly { path: string; problems: readonly string[] }[];
  newRecords: number;
  writable: boolean;
}

const columnTitle = (column: ImportColumn | '*') => (column === '*' ? 'cả dòng' : COLUMN_TITLES[column]);

export function checkReport(checked: CheckedLike): CheckReport {
  const { result } = checked;
  const { plan } = result;
  const badRows = new Set(result.problems.map((problem) => problem.row)).size;
  const headerBad = result.headerProblems.length > 0;
  const verdict: CheckReport['verdict'] = headerBad
    ? { tone: 'error', text: 'Dòng tiêu đề chưa đúng nên chưa đọc dòng nào. Chưa ghi gì.' }
    : badRows > 0
      ? { tone: 'error', text: `Có ${formatNumber(badRows)} dòng lỗi. Chưa ghi gì: sửa các dòng dưới đây rồi kiểm tra lại.` }
      : checked.blocked.length > 0
        ? { tone: 'error', text: 'Các dòng đều đúng, nhưng tệp dữ liệu cần ghi vào đang có lỗi. Chưa ghi gì.' }
        : checked.newRecords === 0
          ? { tone: 'info', text: 'Các dòng đều đúng nhưng không có hoạt động mới: không có gì để ghi.' }
          : { tone: 'ok', text: `Các dòng đều đúng. Bấm "Ghi vào dữ liệu" để thêm ${formatNumber(checked.newRecords)} hoạt động mới.` };
  const counts = headerBad
    ? []
    : [
        { label: 'Số dòng dữ liệu', value: formatNumber(result.dataRows) },
        { label: 'Hoạt động mới', value: `${formatNumber(checked.newRecords)} (vào ${formatNumber(plan.additions.size)} tệp)` },
        { label: 'Đã có sẵn, bỏ qua', value: formatNumber(plan.alreadyStored.length) },
        { label: 'Lặp lại một dòng trước trong tệp, bỏ qua', value: formatNumber(plan.repeatedRows.length) },
        { label: 'Đã có nhưng khác số liệu, không ghi đè', value: formatNumber(plan.conflicts.length) },
        { label: 'Dòng lỗi', value: formatNumber(badRows) },
      ];
  const figures = (record: { participants: number | null; audiences: readonly string[] }) =>
    `số người ${record.participants === null ? 'để trống' : formatNumber(record.participants)}, đối tượng ${record.audiences.map((id) => labelOf(audiences, id)).join('; ')}`;
  const recordsPerFile = new Map([...plan.additions].map(([slug, entry]) => [`content/hoat-dong/${slug}.yaml`, entry]));
  return {
    verdict,
    headerProblems: result.headerProblems.map((problem) => problem.vi),
    counts,
    problems: result.problems.map((problem) => ({ row: formatNumber(problem.row), column: columnTitle(problem.column), value: problem.value, message: problem.problem.vi })),
    conflicts: plan.conflicts.map(
      ({ row, stored, incoming }) =>
        `Dòng ${formatNumber(row)} (${formatDate(incoming.date)}): đã có trong content/hoat-dong/${stored.slug}.yaml, hoạt động số ${stored.index + 1}: ${figures(stored.record)}; tệp tải lên ghi: ${figures(incoming)}.`,
    ),
    blocked: checked.blocked.map((file) => `${file.path}: ${file.problems.join('; ')}. Sửa tệp này trong trang quản trị trước.`),
    files: checked.changes.map((change) => {
      const entry = recordsPerFile.get(change.path);
      return `${change.path}${entry ? `: ${entry.header.unitName}, thêm ${formatNumber(entry.records.length)} hoạt động` : ''}`;
    }).concat((checked.receipts ?? []).map((planned) => `${planned.path}: ghi nhận đã nhận báo cáo của ${planned.receipts.map((r) => r.unit.name).join(', ')}`)),
  };
}

/** The receipt after a write, one line each, with links where there is one. */
export function receiptLines(
  receipt: { kind: 'local' | 'github'; files: readonly string[]; commit?: { sha: string; url: string }; branch?: string; pullRequest?: { number: number; url: string } },
  newRecords: number,
  source: string,
): { text: string; href?: string }[] {
  const lines: { text: string; href?: string }[] = [{ text: `Đã ghi ${formatNumber(newRecords)} hoạt động từ ${source} vào ${formatNumber(receipt.files.length)} tệp:` }];
  for (const file of receipt.files) lines.push({ text: file });
  if (receipt.kind === 'local') {
    lines.push({ text: 'Các trang theo dõi chiến dịch trên máy này đã có số liệu mới.', href: routes.campaign });
    lines.push({ text: 'Nhớ gửi thay đổi lên kho chung (commit và push bằng Git) như khi sửa trong trang quản trị.' });
  } else if (receipt.pullRequest) {
    lines.push({ text: `Kho yêu cầu duyệt trước khi hợp nhất: đã tạo nhánh ${receipt.branch ?? ''} và yêu cầu hợp nhất số ${receipt.pullRequest.number}. Số liệu lên trang sau khi được duyệt và trang được dựng lại.`, href: receipt.pullRequest.url });
  } else if (receipt.commit) {
    lines.push({ text: `Một lần ghi (commit ${receipt.commit.sha.slice(0, 7)}) vào kho. Trang công khai có số liệu mới sau lần dựng trang tiếp theo.`, href: receipt.commit.url });
  }
  return lines;
}
