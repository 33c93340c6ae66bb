import { formatDate, formatNumber } from '../../format/vi';
import { audiences, labelOf } from '../../taxonomy';
import type { ImportResult } from './validate-import';

/** The import report an officer reads, in Vietnamese, numbers and dates in vi-VN. */
export function formatImportReport(fileName: string, result: ImportResult, options: { write: boolean; written?: number }): string {
  const lines = [`Tệp: ${fileName} (${result.description})`];
  if (result.headerProblems.length > 0) {
    lines.push('Dòng tiêu đề (dòng 1) chưa đúng, chưa đọc dòng dữ liệu nào:');
    lines.push(...result.headerProblems.map((problem) => `  - ${problem.vi}`));
    lines.push('Không ghi gì.');
    return lines.join('\n');
  }
  const { plan } = result;
  const newRecords = [...plan.additions.values()].reduce((sum, entry) => sum + entry.records.length, 0);
  const badRows = new Set(result.problems.map((problem) => problem.row)).size;
  lines.push(
    `Số dòng dữ liệu: ${formatNumber(result.dataRows)}`,
    `  - Hoạt động mới: ${formatNumber(newRecords)} (vào ${formatNumber(plan.additions.size)} tệp)`,
    `  - Đã có sẵn, bỏ qua: ${formatNumber(plan.alreadyStored.length)}`,
    `  - Lặp lại một dòng trước trong tệp, bỏ qua: ${formatNumber(plan.repeatedRows.length)}`,
    `  - Đã có nhưng khác số liệu, KHÔNG ghi đè: ${formatNumber(plan.conflicts.length)}`,
    `  - Dòng lỗi: ${formatNumber(badRows)}`,
  );
  if (result.problems.length > 0) {
    lines.push('', 'Các lỗi cần sửa (dòng theo số dòng trong Excel, dòng tiêu đề là dòng 1):');
    for (const problem of result.problems) {
      const where = problem.column === '*' ? `Dòng ${problem.row}` : `Dòng ${problem.row}, cột ${problem.column}`;
      lines.push(`  - ${where}: ${problem.problem.vi}`);
    }
  }
  if (plan.conflicts.length > 0) {
    lines.push('', 'Đã có bản ghi cùng ngày, xã, hình thức và mô tả nhưng khác số liệu (giữ nguyên bản đã có; nếu bản mới đúng, sửa trong trang quản trị):');
    for (const { row, stored, incoming } of plan.conflicts) {
      const figures = (record: typeof incoming) =>
        `số người ${record.participants === null ? 'để trống' : formatNumber(record.participants)}, đối tượng ${record.audiences.map((id) => labelOf(audiences, id)).join('; ')}`;
      const was = figures(stored.record);
      const now = figures(incoming);
      lines.push(`  - Dòng ${row} (${formatDate(incoming.date)}): đã có trong content/hoat-dong/${stored.slug}.yaml, hoạt động số ${stored.index + 1}: ${was}; tệp nhập ghi: ${now}`);
    }
  }
  if (plan.repeatedRows.length > 0) {
    lines.push('', `Dòng lặp lại: ${plan.repeatedRows.map(({ row, firstRow }) => `${row} (= dòng ${firstRow})`).join(', ')}`);
  }
  lines.push('');
  if (result.problems.length > 0) {
    lines.push(options.write ? 'KHÔNG ghi gì vì còn dòng lỗi. Sửa các dòng trên rồi nhập lại.' : 'Chạy thử: chưa ghi gì. Sửa các dòng lỗi rồi chạy lại với --write.');
  } else if (!options.write) {
    lines.push(newRecords > 0 ? `Chạy thử: chưa ghi gì. Chạy lại với --write để thêm ${formatNumber(newRecords)} hoạt động.` : 'Không có hoạt động mới để thêm.');
  } else if ((options.written ?? 0) === 0) {
    lines.push('Không có hoạt động mới: không ghi gì.');
  } else {
    lines.push(`Đã ghi ${formatNumber(options.written ?? 0)} hoạt động vào ${formatNumber(plan.additions.size)} tệp trong content/hoat-dong/.`);
  }
  return lines.join('\n');
}
