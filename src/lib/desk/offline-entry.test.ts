import { describe, expect, it } from 'vitest';
import { csvTable, DATA_SHEET, xlsxTable } from '../activities/import/table';
import { readTable } from '../activities/import/validate-import';
import { audiences, outreachFormats } from '../taxonomy';
import { fixtureLists, fixtureRegistry } from '../units/fixture';
import { entriesCsv, entriesXlsx, entryForm, entryFromForm, entryProblems, adoptPosted, XLSX_SHEET, type OfflineEntry, type OfflineRules } from './offline-entry';

const registry = fixtureRegistry();
const rules: OfflineRules = {
  province: registry.province,
  lists: fixtureLists,
  transitions: registry.transitions,
  formats: outreachFormats,
  audiences,
  materials: [],
  today: '2025-08-15',
};
const entry = (changes: Partial<OfflineEntry> = {}): OfflineEntry => ({
  id: 'e1',
  savedAt: '2025-08-15T08:00:00.000Z',
  ngay: '2025-08-10',
  xa: 'Phương Chiểu',
  hinhThuc: outreachFormats[0]!.label,
  doiTuong: [audiences[0]!.label],
  soNguoi: '40',
  moTa: 'Nói chuyện chuyên đề ở nhà văn hoá thôn',
  taiLieu: [],
  dot: '',
  donVi: 'UBND xã Phương Chiểu',
  ...changes,
});

describe('an entry kept offline', () => {
  it('passes the importer row rules when the form is right', () => {
    expect(entryProblems(entry(), rules)).toEqual({});
  });

  it('is checked against the unit list of its date, the vocabularies and the date of today', () => {
    // "An" is in list A (to 2024) only: on a date of list C it is not a unit.
    const problems = entryProblems(entry({ xa: 'An', hinhThuc: 'Không có', doiTuong: [], soNguoi: 'bốn mươi', ngay: '2025-08-10' }), rules);
    expect(Object.keys(problems).sort()).toEqual(['doiTuong', 'hinhThuc', 'soNguoi', 'xa']);
    expect(entryProblems(entry({ ngay: '2025-09-01' }), rules).ngay?.length).toBe(1);
    expect(entryProblems(entry({ ngay: '2024-03-01', xa: 'An' }), rules)).toEqual({});
    expect(entryProblems(entry({ donVi: 'X' }), rules).donVi).toEqual(['Tên đơn vị báo cáo phải dài từ 2 đến 200 ký tự.']);
  });

  it('exports as a CSV that the importer reads back to the same rows', () => {
    const entries = [entry(), entry({ id: 'e2', doiTuong: audiences.slice(0, 2).map((a) => a.label), moTa: 'Phát tờ rơi, "hỏi đáp" ở chợ', soNguoi: '' })];
    const read = readTable(csvTable(entriesCsv(entries).replace(/^\uFEFF/, '')), { registry, formats: outreachFormats, audiences, today: rules.today, reportingUnit: 'UBND xã Phương Chiểu', materials: [] });
    expect(read.headerProblems).toEqual([]);
    expect(read.problems).toEqual([]);
    expect(read.rows.map((row) => row.record.description)).toEqual(entries.map((e) => e.moTa));
    expect(read.rows[1]!.record.audiences).toHaveLength(2);
  });

  it('exports as an .xlsx that the importer reads back to the same rows', async () => {
    const entries = [entry(), entry({ id: 'e2', moTa: '=Phát tờ rơi <ở chợ> & hỏi đáp', soNguoi: '' })];
    expect(XLSX_SHEET).toBe(DATA_SHEET);
    const table = await xlsxTable(entriesXlsx(entries));
    const read = readTable(table, { registry, formats: outreachFormats, audiences, today: rules.today, reportingUnit: 'UBND xã Phương Chiểu', materials: [] });
    expect(read.headerProblems).toEqual([]);
    expect(read.problems).toEqual([]);
    expect(read.rows.map((row) => row.record.description)).toEqual(entries.map((e) => e.moTa));
  });

  it('goes back to the form fields the desk posts, and comes from them', () => {
    const form = new FormData();
    for (const [name, value] of entryForm(entry({ doiTuong: audiences.slice(0, 2).map((a) => a.label) }))) form.append(name, value);
    expect(entryFromForm(form, 'e1', '2025-08-15T08:00:00.000Z')).toEqual(entry({ doiTuong: audiences.slice(0, 2).map((a) => a.label) }));
  });
});

describe('a form posted online when the network dropped', () => {
  it('is read from the fields the desk worker kept, as the desk reads a post', () => {
    const adopted = adoptPosted({ id: 'p1', savedAt: '2025-08-15T09:00:00.000Z', posted: entryForm(entry({ moTa: '  Tờ rơi ở chợ  ' })), lastError: 'mất mạng' });
    expect(adopted).toEqual({ ...entry({ id: 'p1', savedAt: '2025-08-15T09:00:00.000Z', moTa: 'Tờ rơi ở chợ' }), lastError: 'mất mạng' });
  });

  it('leaves an entry already read alone', () => {
    const kept = { ...entry(), lastError: 'trùng' };
    expect(adoptPosted(kept)).toBe(kept);
  });
});
