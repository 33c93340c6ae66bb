import { formatDate } from '../../format/vi';
import { fold } from '../../text/fold';
import type { TaxonomyItem } from '../../taxonomy/taxonomy';
import { findUnitsByName } from '../../units/choices';
import { namesUnit, unitFullName } from '../../units/names';
import type { UnitRegistry } from '../../units/registry';
import type { AdminUnit } from '../../units/types';
import { codeHint } from '../check-file';
import { activityLimits } from '../limits';
import { parseOfficerDate } from '../../calendar/dates';
import type { ActivityRecord } from '../types';
import type { ImportColumn } from './header';
import { waveMisfit, type WaveRef } from '../../waves/link';

/** One problem with one cell of one row. */
export interface RowProblem {
  /** Row number as Excel shows it (the header is row 1). */
  row: number;
  column: ImportColumn | '*';
  value: string;
  problem: { vi: string; en: string };
}

export interface RowContext {
  registry: UnitRegistry;
  formats: readonly TaxonomyItem[];
  audiences: readonly TaxonomyItem[];
  /** ISO date of today; later dates are refused. */
  today: string;
  reportingUnit: string;
  /** The library's materials, for the optional tai_lieu column (by title or slug). */
  materials?: readonly MaterialRef[];
  /** The campaign waves, for the optional dot column (by name or slug). */
  waves?: readonly WaveRef[];
}

/** A material of the library as the importer names it. */
export interface MaterialRef {
  slug: string;
  title: string;
}

/** A valid row, ready to store, with the unit it names on its date. */
export interface ImportedRow {
  row: number;
  record: ActivityRecord;
  unit: AdminUnit;
}

/** Lookup of a material by slug or title, tone marks, case and spacing ignored. */
export function materialLookup(materials: readonly MaterialRef[]): (text: string) => string | undefined {
  return vocabularyLookup(materials.map((material) => ({ id: material.slug, label: material.title })));
}

/** Lookup of a wave by slug or name, tone marks, case and spacing ignored. */
export function waveLookup(waves: readonly WaveRef[]): (text: string) => string | undefined {
  return vocabularyLookup(waves.map((wave) => ({ id: wave.slug, label: wave.name })));
}

/** Lookup of a vocabulary by id or label, tone marks and case ignored. */
export function vocabularyLookup(items: readonly Pick<TaxonomyItem, 'id' | 'label'>[]): (text: string) => string | undefined {
  const map = new Map<string, string>();
  for (const item of items) {
    map.set(item.id, item.id);
    map.set(fold(item.label).replace(/\s+/g, ' ').trim(), item.id);
  }
  return (text) => map.get(fold(text).replace(/\s+/g, ' ').trim());
}

/**
 * Excel and our own export neutralise cells that begin with = + - @ by a
 * leading apostrophe; read them back as the text they are. Nothing is ever
 * evaluated: such a cell is plain text here.
 */
export const unneutralise = (cell: string) => (/^'[=+\-@]/.test(cell) ? cell.slice(1) : cell);

const WHOLE = /^\d+$/;
const GROUPED = /^\d{1,3}(\.\d{3})+$/;

/** Checks one data row; returns the record or every problem found in it. */
export function readRow(
  row: number,
  cells: readonly string[],
  index: Partial<Record<ImportColumn, number>>,
  context: RowContext,
  lookups: {
    format: (text: string) => string | undefined;
    audience: (text: string) => string | undefined;
    material: (text: string) => string | undefined;
    wave?: ((text: string) => string | undefined) | undefined;
  },
): { ok: true; value: ImportedRow } | { ok: false; problems: RowProblem[] } {
  // NFC: "Hưng" typed on a Mac (NFD) is the same text as on Windows.
  const cell = (column: ImportColumn) => {
    const position = index[column];
    return position === undefined ? '' : unneutralise((cells[position] ?? '').normalize('NFC').trim());
  };
  const problems: RowProblem[] = [];
  const fail = (column: ImportColumn, vi: string, en: string) => problems.push({ row, column, value: cell(column), problem: { vi, en } });

  const dateText = cell('ngay');
  const date = parseOfficerDate(dateText);
  let unit: AdminUnit | undefined;
  if (dateText === '') fail('ngay', 'chưa có ngày', 'empty date');
  else if (!date) fail('ngay', `"${dateText}" không phải ngày có thật (dùng dd/mm/yyyy, ví dụ 15/03/2024)`, `"${dateText}" is not a date`);
  else if (date > context.today) fail('ngay', `ngày ${formatDate(date)} ở tương lai (hôm nay là ${formatDate(context.today)})`, `${date} is in the future`);

  const code = cell('ma_xa');
  const name = cell('ten_xa');
  const list = date ? context.registry.listOn(date) : undefined;
  const dateUsable = date !== null && date <= context.today;
  if (code === '' && name === '') fail('ma_xa', 'chưa có tên xã (chọn trong danh sách thả xuống) hoặc mã xã', 'no unit name or code');
  else if (code !== '' && !/^\d{5}$/.test(code)) fail('ma_xa', `mã xã "${code}" phải gồm 5 chữ số`, `code "${code}" is not 5 digits`);
  else if (dateUsable && !list) fail(code === '' ? 'ten_xa' : 'ma_xa', `không có danh sách đơn vị hành chính nào có hiệu lực ngày ${formatDate(date)}`, `no unit list on ${date}`);
  else if (dateUsable && list && code === '') {
    // No code: the name, as the template's drop-down gives it or typed, names the unit on that date.
    const found = findUnitsByName(list, name);
    if (found.length === 1) unit = found[0];
    else if (found.length === 0) {
      fail('ten_xa', `không có đơn vị tên "${name}" trong danh sách có hiệu lực ngày ${formatDate(date)} (${list.label}): chọn tên trong danh sách thả xuống của mẫu Excel hoặc ghi mã xã`, `no unit named "${name}" on ${date}`);
    } else {
      const options = found.map((u) => `${unitFullName(u)} mã ${u.code}`).join('; ');
      fail('ten_xa', `có ${found.length} đơn vị tên "${name}" (${options}): ghi thêm tên huyện như trong danh sách thả xuống, hoặc ghi mã xã`, `"${name}" names ${found.length} units`);
    }
  } else if (dateUsable && list) {
    unit = context.registry.unit(list.id, code);
    if (!unit) {
      fail('ma_xa', `mã ${code} không có trong danh sách đơn vị có hiệu lực ngày ${formatDate(date)} (${list.label}). Mã này ở: ${codeHint(context.registry, code)}`, `code ${code} unknown on ${date}`);
    } else if (name !== '' && !namesUnit(name, unit) && !findUnitsByName(list, name).includes(unit)) {
      fail('ten_xa', `"${name}" không khớp mã ${code}: ngày ${formatDate(date)} mã này là ${unitFullName(unit)}`, `"${name}" does not match code ${code} (${unit.name})`);
    }
  }

  const formatText = cell('hinh_thuc');
  const format = lookups.format(formatText);
  if (formatText === '') fail('hinh_thuc', 'chưa có hình thức', 'empty format');
  else if (!format) fail('hinh_thuc', `không có hình thức "${formatText}"; dùng một trong: ${context.formats.map((f) => f.label).join(', ')}`, `unknown format "${formatText}"`);

  const audienceTexts = cell('doi_tuong').split(';').map((part) => part.trim()).filter((part) => part !== '');
  const audiences: string[] = [];
  if (audienceTexts.length === 0) fail('doi_tuong', 'chưa có đối tượng', 'no audience');
  for (const text of audienceTexts) {
    const id = lookups.audience(text);
    if (!id) fail('doi_tuong', `không có đối tượng "${text}"; dùng: ${context.audiences.map((a) => a.label).join('; ')}`, `unknown audience "${text}"`);
    else if (!audiences.includes(id)) audiences.push(id);
  }

  const countText = cell('so_nguoi').replace(/\s/g, '');
  let participants: number | null = null;
  if (countText !== '') {
    const digits = WHOLE.test(countText) ? countText : GROUPED.test(countText) ? countText.replace(/\./g, '') : null;
    if (digits === null) {
      const negative = /^-\d/.test(countText);
      fail('so_nguoi', negative ? `số người không được âm ("${countText}")` : `"${countText}" không phải số nguyên (ví dụ 120 hoặc 1.200)`, negative ? 'negative count' : 'not a whole number');
    } else {
      participants = Number(digits);
      if (participants > activityLimits.participants.max) {
        fail('so_nguoi', `số người ${countText} lớn hơn ${activityLimits.participants.max.toLocaleString('vi-VN')}: kiểm tra lại`, 'count too large');
      }
    }
  }

  const description = cell('mo_ta').replace(/\s+/g, ' ');
  const { min, max } = activityLimits.description;
  if (description.length < min) fail('mo_ta', `mô tả cần ít nhất ${min} ký tự`, `description shorter than ${min}`);
  else if (description.length > max) fail('mo_ta', `mô tả dài ${description.length} ký tự, tối đa ${max}`, `description longer than ${max}`);

  const materials: string[] = [];
  for (const text of cell('tai_lieu').split(';').map((part) => part.trim()).filter((part) => part !== '')) {
    const slug = lookups.material(text);
    if (!slug) fail('tai_lieu', `không có tài liệu "${text}" trong thư viện; ghi đúng tên tài liệu như trên trang Tài liệu, hoặc để trống`, `unknown material "${text}"`);
    else if (!materials.includes(slug)) materials.push(slug);
  }

  const waveText = cell('dot');
  let wave: string | undefined;
  if (waveText !== '') {
    const slug = lookups.wave?.(waveText);
    const found = context.waves?.find((w) => w.slug === slug);
    if (!found) fail('dot', `không có đợt cao điểm "${waveText}"; ghi đúng tên đợt như trên trang Đợt cao điểm, hoặc để trống`, `unknown wave "${waveText}"`);
    else if (date && unit && format) {
      const misfit = waveMisfit({ date, listId: unit.listId, code: unit.code, format }, found, context.registry);
      if (misfit) fail('dot', misfit, `the activity does not fit wave "${found.slug}"`);
      else wave = found.slug;
    }
  }

  if (problems.length > 0 || !date || !unit || !format) return { ok: false, problems };
  return {
    ok: true,
    value: {
      row,
      unit,
      record: {
        date,
        listId: unit.listId,
        code: unit.code,
        format,
        audiences,
        participants,
        materials,
        description,
        reportingUnit: context.reportingUnit,
        ...(wave ? { wave } : {}),
        illustrative: false,
      },
    },
  };
}
