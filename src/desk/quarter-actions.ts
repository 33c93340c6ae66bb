import { parseQuarterId, quarterLabel, quarterRange, type YearQuarter } from '../lib/calendar/quarters';
import { reportersOf } from '../lib/reporting/reporters';
import { MIN_REASON } from '../lib/reporting/check';
import { reporterKey } from '../lib/desk/monday';
import { WHOLE_PROVINCE } from '../lib/reporting/types';
import { StaleFileError, StoreError, type WriteReceipt } from '../write/content-store';
import { closeQuarter, recordReceipt, recordReminder, reopenQuarter, type QuarterContext } from '../write/quarter-reports';
import { oneWriteAtATime } from './guard';
import type { DeskReady } from './session';

/**
 * The desk's quarter forms: "đã nhận, không có hoạt động" and "đã nhắc" from
 * the Monday list, closing and reopening a quarter. Each returns what to tell
 * the officer; the writes are src/write/quarter-reports.ts.
 */
export type QuarterOutcome = { ok: true; message: string; receipt: WriteReceipt } | { ok: false; message: string };

export const quarterContext = (session: DeskReady): QuarterContext => ({
  store: session.store,
  author: session.author,
  registry: session.rules.registry,
  today: session.today,
  lookups: session.rules.lookups,
});

const field = (form: FormData, name: string) => String(form.get(name) ?? '').normalize('NFC').trim();

async function write(run: () => Promise<WriteReceipt>, done: string): Promise<QuarterOutcome> {
  const outcome = await oneWriteAtATime(async (): Promise<QuarterOutcome> => {
    try {
      return { ok: true, message: done, receipt: await run() };
    } catch (error) {
      if (error instanceof StaleFileError) return { ok: false, message: 'Tệp báo cáo quý vừa được người khác ghi. Không ghi gì; tải lại trang rồi làm lại.' };
      if (error instanceof StoreError) return { ok: false, message: error.message };
      throw error;
    }
  });
  return outcome.ok ? outcome.value : { ok: false, message: 'Đang ghi dữ liệu khác. Đợi vài giây rồi bấm lại.' };
}

function quarterOf(form: FormData): YearQuarter | string {
  const period = parseQuarterId(field(form, 'quy'));
  return period ?? 'Không rõ quý: tải lại trang rồi chọn quý.';
}

/** "Đã nhận, không có hoạt động" or "Đã nhắc" for one reporting unit. */
export async function reportAction(form: FormData, session: DeskReady): Promise<QuarterOutcome> {
  const period = quarterOf(form);
  if (typeof period === 'string') return { ok: false, message: period };
  const reporters = reportersOf(session.rules.registry, period);
  const reporter = reporters?.reporters.find((r) => reporterKey(r.ref) === field(form, 'don-vi'));
  if (!reporter) return { ok: false, message: `Đơn vị không có trong danh sách phải báo cáo ${quarterLabel(period.year, period.quarter)}: tải lại trang.` };
  const context = quarterContext(session);
  const label = quarterLabel(period.year, period.quarter);
  switch (field(form, 'hanh-dong')) {
    case 'nhan-khong-hoat-dong':
      return write(() => recordReceipt(context, period, reporter.ref, { from: reporter.label, noActivity: true }), `Đã ghi: ${reporter.label} đã báo cáo ${label}, không có hoạt động.`);
    case 'da-nhac':
      return write(() => recordReminder(context, period, reporter.ref), `Đã ghi: đã nhắc ${reporter.label} ngày hôm nay.`);
    default:
      return { ok: false, message: 'Không rõ thao tác: tải lại trang.' };
  }
}

/** Chốt số liệu or Mở lại. */
export async function closeAction(form: FormData, session: DeskReady): Promise<QuarterOutcome> {
  const period = quarterOf(form);
  if (typeof period === 'string') return { ok: false, message: period };
  const label = quarterLabel(period.year, period.quarter);
  const context = quarterContext(session);
  if (field(form, 'hanh-dong') === 'chot') {
    if (quarterRange(period.year, period.quarter).end >= session.today) return { ok: false, message: `${label} chưa kết thúc: chỉ chốt số liệu sau ngày cuối quý.` };
    const area = field(form, 'khu-vuc') || WHOLE_PROVINCE;
    const note = field(form, 'ghi-chu');
    if (note.length > 1000) return { ok: false, message: 'Ghi chú dài quá 1.000 ký tự: rút gọn lại.' };
    return write(() => closeQuarter(context, period, area, note), `Đã chốt số liệu ${label}.`);
  }
  if (field(form, 'hanh-dong') === 'mo-lai') {
    const reason = field(form, 'ly-do');
    if (reason.length < MIN_REASON) return { ok: false, message: `Mở lại số liệu đã chốt phải ghi lý do (ít nhất ${MIN_REASON} ký tự), ví dụ "Xã Tân Tiến gửi bổ sung 2 hoạt động".` };
    const index = Number(field(form, 'muc'));
    if (!Number.isInteger(index) || index < 0) return { ok: false, message: 'Không rõ lần chốt nào: tải lại trang.' };
    return write(() => reopenQuarter(context, period, index, reason), `Đã mở lại số liệu ${label}. Sửa xong thì chốt lại.`);
  }
  return { ok: false, message: 'Không rõ thao tác: tải lại trang.' };
}
