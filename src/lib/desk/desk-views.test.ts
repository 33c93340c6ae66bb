import { describe, expect, it } from 'vitest';
import { csvTable } from '../activities/import/table';
import { validateImport } from '../activities/import/validate-import';
import { audiences, outreachFormats } from '../taxonomy';
import { fixtureRegistry } from '../units/fixture';
import { checkReport, receiptLines } from './check-report';
import { parseArea } from './home';
import { oneFormModel } from './one-form';

const registry = fixtureRegistry();
const context = { registry, formats: outreachFormats, audiences, today: '2025-09-30', reportingUnit: 'Thử' };
const HEADER = 'Ngày,Mã xã,Tên xã,Hình thức,Đối tượng,Số người,Mô tả';

describe('checkReport: what the desk shows after "Kiểm tra"', () => {
  it('names each bad row by its Excel row number and the column title, and says nothing is written', () => {
    const result = validateImport(csvTable(`${HEADER}\n15/03/2024,,An,Hội nghị,Cộng đồng,10,Hội nghị ở xã\n16/03/2024,,Không Có,Hội nghị,Cộng đồng,10,Hội nghị ở xã`), context, new Map());
    const report = checkReport({ result, changes: [{ path: 'content/hoat-dong/2024/a-10001.yaml' }], blocked: [], newRecords: 1, writable: false });
    expect(report.verdict).toEqual({ tone: 'error', text: 'Có 1 dòng lỗi. Chưa ghi gì: sửa các dòng dưới đây rồi kiểm tra lại.' });
    expect(report.problems.map((p) => [p.row, p.column, p.value])).toEqual([['3', 'Tên xã', 'Không Có']]);
    expect(report.counts.find((c) => c.label === 'Hoạt động mới')?.value).toBe('1 (vào 1 tệp)');
    expect(report.files).toEqual(['content/hoat-dong/2024/a-10001.yaml: Xã An, thêm 1 hoạt động']);
  });

  it('invites the write only when every row is good and something is new', () => {
    const result = validateImport(csvTable(`${HEADER}\n15/03/2024,,An,Hội nghị,Cộng đồng,10,Hội nghị ở xã`), context, new Map());
    expect(checkReport({ result, changes: [], blocked: [], newRecords: 1, writable: true }).verdict.tone).toBe('ok');
    expect(checkReport({ result, changes: [], blocked: [], newRecords: 0, writable: false }).verdict.tone).toBe('info');
    expect(checkReport({ result, changes: [], blocked: [{ path: 'x', problems: ['hỏng'] }], newRecords: 1, writable: false }).verdict.tone).toBe('error');
  });

  it('reports a bad header alone', () => {
    const result = validateImport(csvTable('Ngày,Tên\n1,2'), context, new Map());
    const report = checkReport({ result, changes: [], blocked: [], newRecords: 0, writable: false });
    expect(report.counts).toEqual([]);
    expect(report.headerProblems.at(-1)).toContain('Dòng tiêu đề đúng là');
  });
});

describe('receiptLines', () => {
  it('links the commit, or the pull request when the repository wants one', () => {
    expect(receiptLines({ kind: 'github', files: ['a'], commit: { sha: 'abcdef123', url: 'https://x/c' } }, 2, 'tệp t.xlsx').at(-1)).toEqual({
      text: 'Một lần ghi (commit abcdef1) vào kho. Trang công khai có số liệu mới sau lần dựng trang tiếp theo.',
      href: 'https://x/c',
    });
    expect(receiptLines({ kind: 'github', files: ['a'], commit: { sha: 'a', url: 'u' }, branch: 'nhap-lieu/1', pullRequest: { number: 7, url: 'https://x/p/7' } }, 1, 'x').at(-1)?.href).toBe('https://x/p/7');
    expect(receiptLines({ kind: 'local', files: ['a', 'b'] }, 3, 'tệp t.csv')[0]?.text).toBe('Đã ghi 3 hoạt động từ tệp t.csv vào 2 tệp:');
  });
});

describe('parseArea', () => {
  it('reads a district or a unit of a list, and refuses what the lists do not hold', () => {
    expect(parseArea('', registry)).toBeUndefined();
    expect(parseArea('huyen:a:001', registry)).toEqual({ kind: 'district', listId: 'a', code: '001' });
    expect(parseArea('xa:c:10005', registry)).toEqual({ kind: 'unit', listId: 'c', code: '10005' });
    expect(parseArea('huyen:c:001', registry)).toBeNull();
    expect(parseArea('xa:a:99999', registry)).toBeNull();
    expect(parseArea('<script>', registry)).toBeNull();
  });
});

describe('oneFormModel', () => {
  it('offers each list\'s unit names with their unmarked spelling, newest list first, today\'s list current', () => {
    const model = oneFormModel(registry, { formats: outreachFormats, audiences, materials: [{ slug: 'to-roi', title: 'Tờ rơi A' }] }, '2025-03-01');
    expect(model.lists.map((l) => l.id)).toEqual(['c', 'b', 'a']);
    expect(model.currentListId).toBe('b');
    expect(model.lists[2]!.options).toContainEqual({ value: 'Thị trấn Đông', hint: 'thi tran dong' });
    expect(model.materials).toEqual([{ value: 'to-roi', label: 'Tờ rơi A' }]);
    expect(model.waves).toEqual([]);
  });

  it('offers the campaign waves, latest first, with their dates', () => {
    const waves = [
      { slug: 'a', name: 'Đợt A', start: '2025-07-01', end: '2025-07-31' },
      { slug: 'b', name: 'Đợt B', start: '2025-11-10', end: '2025-12-10' },
    ];
    const model = oneFormModel(registry, { formats: outreachFormats, audiences, materials: [], waves }, '2025-12-20');
    expect(model.waves).toEqual([
      { value: 'b', label: 'Đợt B (10/11/2025 – 10/12/2025)' },
      { value: 'a', label: 'Đợt A (01/07/2025 – 31/07/2025)' },
    ]);
  });
});
