/**
 * Content problems, reported so an editor can fix them: which file, which
 * field, what is wrong (in Vietnamese for editors, English for developers).
 */
export interface FieldIssue {
  /** Dotted path of the field as stored in the file, e.g. "cover.alt". */
  field: string;
  /** The field's Vietnamese label, when known. */
  label?: string | undefined;
  problem: { vi: string; en: string };
}

export interface ContentIssue extends FieldIssue {
  /** Path of the file from the project root, e.g. content/tai-lieu/abc/index.mdoc. */
  file: string;
}

/** One line per issue: file, field, then the Vietnamese and English explanation. */
export function formatIssue(issue: ContentIssue): string {
  const field = issue.label ? `«${issue.label}» (${issue.field})` : issue.field;
  return `${issue.file} — trường ${field}: ${issue.problem.vi}. [EN] field ${issue.field}: ${issue.problem.en}.`;
}

export function formatIssues(issues: readonly ContentIssue[]): string {
  const header =
    issues.length === 1
      ? 'Có 1 lỗi nội dung cần sửa trước khi dựng trang (1 content error):'
      : `Có ${issues.length} lỗi nội dung cần sửa trước khi dựng trang (${issues.length} content errors):`;
  return [header, ...issues.map((issue) => `- ${formatIssue(issue)}`)].join('\n');
}

const TRANSLATIONS: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^(.*) is required$/, () => 'bắt buộc, chưa được điền'],
  [/^(.*) must be at least (\d+) characters? long$/, (m) => `phải có ít nhất ${m[2]} ký tự`],
  [/^(.*) must be no longer than (\d+) characters?$/, (m) => `không được dài quá ${m[2]} ký tự`],
  [/^(.*) must be at most (\d+) characters? long$/, (m) => `không được dài quá ${m[2]} ký tự`],
  [/^Must be a valid option$/, () => 'giá trị không nằm trong danh sách được chọn'],
  [/^Must be an array with one of (.*)$/, (m) => `chỉ được chọn trong các giá trị: ${m[1]}`],
  [/^Must be an array of options$/, () => 'phải là danh sách các lựa chọn'],
  [/^Must be a string or date$/, () => 'phải là ngày dạng YYYY-MM-DD'],
  [/^Must be a string$/, () => 'phải là chữ (văn bản)'],
  [/^Must be string$/, () => 'phải là chữ (văn bản)'],
  [/^Must be a number$/, () => 'phải là số'],
  [/^Must be a boolean$/, () => 'phải là đúng/sai (true/false)'],
  [/^Must be an array$/, () => 'phải là danh sách'],
  [/^Must be an object$/, () => 'phải là một nhóm trường'],
  [/^Must have at least (\d+) elements?$/, (m) => `phải có ít nhất ${m[1]} mục`],
  [/^Must have at most (\d+) elements?$/, (m) => `chỉ được có tối đa ${m[1]} mục`],
  [/^Invalid date$/, () => 'ngày không hợp lệ (dùng dạng YYYY-MM-DD)'],
];

/** Vietnamese wording for a Keystatic field message; the English original is kept. */
export function translateFieldMessage(message: string): { vi: string; en: string } {
  for (const [pattern, toVi] of TRANSLATIONS) {
    const match = message.match(pattern);
    if (match) return { vi: toVi(match), en: message };
  }
  return { vi: `không hợp lệ (${message})`, en: message };
}

/**
 * Splits the error Keystatic's reader throws for an invalid entry
 * ("Invalid data for …:\nfield.path: message\n…") into field issues.
 */
export function parseReaderError(message: string): FieldIssue[] {
  const lines = message.split('\n').slice(message.startsWith('Invalid data for') ? 1 : 0);
  const issues: FieldIssue[] = [];
  for (const line of lines) {
    const match = line.match(/^([^:\s]*): (.*)$/);
    if (match) {
      issues.push({ field: match[1] || '(tệp)', problem: translateFieldMessage(match[2] ?? '') });
    } else if (line.trim() !== '') {
      issues.push({ field: '(tệp)', problem: { vi: `không đọc được tệp (${line.trim()})`, en: line.trim() } });
    }
  }
  return issues;
}
