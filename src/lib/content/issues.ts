/**
 * Content problems, reported so an editor can fix them: which file, which
 * field, what is wrong (in Vietnamese for editors, English for developers).
 * Keystatic's own field messages become issues in the Keystatic adapter
 * (src/cms/keystatic: translateFieldMessage, parseReaderError).
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
