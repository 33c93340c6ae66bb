import { FIELD_OF_COLUMN, handFormTable, readHandForm, type HandFormField, type HandFormInput } from '../lib/desk/hand-form';
import type { Table } from '../lib/activities/import/table';
import { checkImport, DESK_LIMITS, importMessage, readUpload, reportingUnitFor, writeImport, type CheckedImport } from '../write/activity-import';
import { StaleFileError, StoreError, type WriteReceipt } from '../write/content-store';
import { oneWriteAtATime } from './guard';
import type { DeskReady } from './session';

/**
 * What the desk's forms do, apart from rendering: check an upload, write a
 * checked upload, record one activity. Each returns a view for its page.
 * The rules and messages are the command line's (src/write/activity-import).
 */

/** A checked file travels to the write step in the page itself (never stored on the server). */
interface Carried {
  v: 1;
  name: string;
  reportingUnit: string;
  table: Table;
  expected: [string, string][];
}

export type CheckView =
  | { kind: 'refused'; message: string }
  | { kind: 'checked'; fileName: string; reportingUnit: string; checked: CheckedImport; carry: string | null };

const fileOf = (form: FormData, field: string) => {
  const value = form.get(field);
  return value instanceof File && value.name !== '' ? value : null;
};

/** "Kiểm tra": reads the uploaded file and checks it; writes nothing. */
export async function checkUpload(form: FormData, session: DeskReady): Promise<CheckView> {
  const file = fileOf(form, 'tep');
  if (!file) return { kind: 'refused', message: 'Chưa chọn tệp: bấm "Tệp Excel hoặc CSV", chọn tệp .xlsx hoặc .csv rồi bấm "Kiểm tra".' };
  const name = file.name.normalize('NFC');
  if (file.size > DESK_LIMITS.maxBytes) {
    return { kind: 'refused', message: (await readUpload(name, new Uint8Array(file.size), DESK_LIMITS)) as string };
  }
  const reportingUnit = reportingUnitFor(String(form.get('don-vi') ?? ''), name);
  if (reportingUnit === null) return { kind: 'refused', message: 'Tên đơn vị báo cáo phải dài từ 2 đến 200 ký tự.' };
  const table = await readUpload(name, new Uint8Array(await file.arrayBuffer()), DESK_LIMITS);
  if (typeof table === 'string') return { kind: 'refused', message: table };
  const checked = await checkImport(table, session.rules, reportingUnit, session.store);
  const carry: Carried = { v: 1, name, reportingUnit, table, expected: [...checked.expected] };
  return { kind: 'checked', fileName: name, reportingUnit, checked, carry: checked.writable ? JSON.stringify(carry) : null };
}

export type WriteView =
  | { kind: 'refused'; message: string; again: boolean }
  | { kind: 'written'; fileName: string; newRecords: number; receipt: WriteReceipt };

const STALE_ADVICE = 'Không ghi gì. Tải tệp lên và bấm "Kiểm tra" lại để xem số liệu mới nhất.';

function readCarried(text: string): Carried | null {
  try {
    const value = JSON.parse(text) as Partial<Carried>;
    if (value.v !== 1 || typeof value.name !== 'string' || typeof value.reportingUnit !== 'string' || !Array.isArray(value.expected)) return null;
    const table = value.table;
    if (!table || !Array.isArray(table.header) || !Array.isArray(table.rows) || typeof table.description !== 'string') return null;
    return value as Carried;
  } catch {
    return null;
  }
}

/** "Ghi vào dữ liệu": checks the carried file again against the files as they are now, then writes all or nothing. */
export async function writeChecked(form: FormData, session: DeskReady): Promise<WriteView> {
  const carried = readCarried(String(form.get('du-lieu') ?? ''));
  if (!carried) return { kind: 'refused', message: 'Không đọc được dữ liệu đã kiểm tra. Tải tệp lên và bấm "Kiểm tra" lại.', again: true };
  const outcome = await oneWriteAtATime(async (): Promise<WriteView> => {
    const checked = await checkImport(carried.table, session.rules, carried.reportingUnit, session.store);
    const expected = new Map(carried.expected);
    const changed = [...new Set([...checked.expected.keys(), ...expected.keys()])].filter((path) => checked.expected.get(path) !== expected.get(path));
    if (changed.length > 0) return { kind: 'refused', message: `Các tệp sau đã thay đổi từ lúc kiểm tra: ${changed.join(', ')}. ${STALE_ADVICE}`, again: true };
    if (!checked.writable) return { kind: 'refused', message: `Tệp không còn ghi được (có dòng lỗi hoặc không còn hoạt động mới). ${STALE_ADVICE}`, again: true };
    try {
      const receipt = await writeImport(checked, session.store, { message: importMessage(checked, `tệp ${carried.name} (trang Nhập liệu)`), author: session.author }, expected);
      return { kind: 'written', fileName: carried.name, newRecords: checked.newRecords, receipt };
    } catch (error) {
      if (error instanceof StaleFileError) return { kind: 'refused', message: `Các tệp sau đã thay đổi từ lúc kiểm tra: ${error.paths.join(', ')}. ${STALE_ADVICE}`, again: true };
      if (error instanceof StoreError) return { kind: 'refused', message: error.message, again: true };
      throw error;
    }
  });
  return outcome.ok ? outcome.value : { kind: 'refused', message: 'Đang ghi một tệp khác vào dữ liệu. Đợi vài giây rồi bấm "Ghi vào dữ liệu" lại.', again: false };
}

/** The hand form's fields, as typed (src/lib/desk/hand-form.ts). */
export type OneActivityInput = HandFormInput;
export const oneActivityInput = readHandForm;

export type OneView =
  /** alreadyStored: the only answer is that this very activity is already in the data (a second send of it). */
  | { kind: 'form'; input: OneActivityInput | null; errors: Partial<Record<HandFormField, string[]>>; alreadyStored?: boolean }
  | { kind: 'written'; receipt: WriteReceipt; input: OneActivityInput };

/** One activity by hand: the same checks and the same write path as a file of one row. */
export async function recordOneActivity(form: FormData, session: DeskReady): Promise<OneView> {
  const input = oneActivityInput(form);
  const reportingUnit = reportingUnitFor(input.donVi || 'Nhập từ trang Nhập liệu', '');
  if (reportingUnit === null) return { kind: 'form', input, errors: { donVi: ['Tên đơn vị báo cáo phải dài từ 2 đến 200 ký tự.'] } };
  const table: Table = handFormTable(input);
  const checked = await checkImport(table, session.rules, reportingUnit, session.store);
  const errors: Partial<Record<HandFormField, string[]>> = {};
  const add = (field: HandFormField, message: string) => (errors[field] ??= []).push(message);
  for (const problem of checked.result.problems) add(FIELD_OF_COLUMN[problem.column], problem.problem.vi);
  for (const file of checked.blocked) add('chung', `Tệp ${file.path} đang có lỗi, chưa ghi thêm được: ${file.problems.join('; ')}`);
  if (checked.result.plan.alreadyStored.length > 0) add('chung', 'Hoạt động này (cùng ngày, xã, hình thức và mô tả) đã có trong dữ liệu: không ghi thêm.');
  for (const conflict of checked.result.plan.conflicts) {
    add('chung', `Đã có hoạt động cùng ngày, xã, hình thức và mô tả nhưng khác số người hoặc đối tượng (content/hoat-dong/${conflict.stored.slug}.yaml, hoạt động số ${conflict.stored.index + 1}): không ghi đè. Nếu cần sửa, sửa trong trang quản trị.`);
  }
  const alreadyStored = checked.result.plan.alreadyStored.length > 0 && Object.keys(errors).length === 1 && errors.chung?.length === 1;
  if (Object.keys(errors).length > 0 || !checked.writable) return { kind: 'form', input, errors, alreadyStored };
  const outcome = await oneWriteAtATime(async () => {
    try {
      return await writeImport(checked, session.store, { message: importMessage(checked, 'biểu mẫu một hoạt động (trang Nhập liệu)'), author: session.author });
    } catch (error) {
      if (error instanceof StaleFileError || error instanceof StoreError) return error.message;
      throw error;
    }
  });
  if (!outcome.ok) return { kind: 'form', input, errors: { chung: ['Đang ghi dữ liệu khác. Đợi vài giây rồi bấm "Ghi hoạt động" lại.'] } };
  if (typeof outcome.value === 'string') return { kind: 'form', input, errors: { chung: [outcome.value] } };
  return { kind: 'written', receipt: outcome.value, input };
}
