/**
 * Checks every file under content/ against the Keystatic schema and the extra
 * rules, printing file, field and fix for each problem. Exit 1 when any fails.
 * Usage: npm run content:check
 */
import { formatIssues } from '../src/lib/content/issues';
import { validateContent } from '../src/data/validate-content';

const issues = await validateContent(process.cwd());
if (issues.length > 0) {
  console.error(formatIssues(issues));
  process.exit(1);
}
console.log('Nội dung hợp lệ: không có lỗi. (Content is valid.)');
