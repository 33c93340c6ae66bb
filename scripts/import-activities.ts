/**
 * Nhập hoạt động tuyên truyền từ tệp CSV hoặc Excel (.xlsx).
 * Usage: npm run import:activities -- FILE [--write] [--don-vi "Tên đơn vị báo cáo"] [--hom-nay YYYY-MM-DD] [--root DIR]
 * Without --write: checks every row and prints the report, writing nothing.
 * With --write: writes only when every row is good (else nothing, exit 1).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { importActivities } from '../src/write/activity-import';
import { isCalendarDate, isoDateIn } from '../src/lib/calendar/dates';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    write: { type: 'boolean', default: false },
    'don-vi': { type: 'string' },
    'hom-nay': { type: 'string' },
    root: { type: 'string' },
  },
});
const [input] = positionals;
const today = values['hom-nay'] ?? isoDateIn(new Date());
if (!input || !isCalendarDate(today)) {
  console.error('Cách dùng: npm run import:activities -- TỆP.csv|TỆP.xlsx [--write] [--don-vi "Tên đơn vị báo cáo"] [--hom-nay YYYY-MM-DD]');
  process.exit(1);
}
const outcome = await importActivities({
  root: resolve(values.root ?? process.cwd()),
  file: resolve(input),
  write: values.write,
  today,
  reportingUnit: values['don-vi'],
});
console.log(outcome.report);
process.exit(outcome.exitCode);
