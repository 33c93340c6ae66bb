import { describe, expect, it } from 'vitest';
import { activity } from '../coverage/test-records';
import { audiences, outreachFormats } from '../taxonomy';
import { fixtureRegistry } from '../units/fixture';
import { checkWave } from './check';
import { linkableRecords, waveMisfit } from './link';
import { waveCalendar, waveResults } from './results';
import type { Wave } from './types';

const registry = fixtureRegistry();
const kinds: Record<string, string> = { 'bai-loa': 'kich-ban-loa', 'to-roi': 'to-roi' };
const lookups = { registry, materialKind: (slug: string) => kinds[slug], lessonKitExists: (slug: string) => slug === 'bai-1' };

const wave = (extra: Partial<Wave> = {}): Wave => ({
  slug: 'dot-thu',
  name: 'Đợt thử',
  start: '2025-07-10',
  end: '2025-07-31',
  allUnits: false,
  units: ['10002', '10003'],
  audiences: ['cong-dong'],
  messages: ['Một thông điệp'],
  materials: ['to-roi'],
  lessonKits: ['bai-1'],
  expected: [{ format: 'loa-truyen-thanh', count: 4 }, { format: 'hoi-nghi', count: 2 }],
  broadcasts: [{ script: 'bai-loa', days: ['2025-07-15', '2025-07-30'], timesPerDay: 2 }],
  basis: 'Ngày 30/7 hằng năm (Quyết định 793/QĐ-TTg)',
  basisUrl: '',
  illustrative: false,
  ...extra,
});

const fields = (w: Wave) => checkWave(w, lookups).map((issue) => issue.field);

describe('checkWave', () => {
  it('accepts a wave whose units, scripts and days agree', () => {
    expect(checkWave(wave(), lookups)).toEqual([]);
  });

  it('refuses dates out of order, a wave across two unit lists and units not in the list of its dates', () => {
    expect(fields(wave({ end: '2025-07-01' }))).toContain('end');
    const across = checkWave(wave({ start: '2025-06-20' }), lookups);
    expect(across.map((i) => i.field)).toContain('end');
    expect(across[0]!.problem.vi).toMatch(/không cùng thuộc một danh sách/);
    const bad = checkWave(wave({ units: ['10001', '10002', '10002'] }), lookups);
    expect(bad.map((i) => i.field)).toEqual(['units.0', 'units.2']);
    expect(bad[0]!.problem.vi).toMatch(/không có xã, phường mã 10001 trong Danh sách C/);
  });

  it('refuses a script that is not a loudspeaker script, days outside the wave, missing pack entries, more than three messages', () => {
    const issues = checkWave(
      wave({
        broadcasts: [{ script: 'to-roi', days: ['2025-08-02', '2025-07-15', '2025-07-15'], timesPerDay: 1 }],
        materials: ['khong-co'],
        lessonKits: ['bai-2'],
        messages: ['a', 'b', 'c', 'd'],
      }),
      lookups,
    );
    expect(issues.map((i) => i.field).sort()).toEqual(['broadcasts.0.days.0', 'broadcasts.0.days.2', 'broadcasts.0.script', 'lessonKits.0', 'materials.0', 'messages'].sort());
    expect(issues.find((i) => i.field === 'broadcasts.0.script')!.problem.vi).toMatch(/không phải bài phát thanh.*chọn tài liệu loại "Bài phát thanh"/);
    for (const issue of issues) expect(issue.label).toBeTruthy();
  });
});

describe('linking', () => {
  const inside = activity('2025-07-20', 'c', '10002', { format: 'loa-truyen-thanh' });
  it('takes records inside the dates, area and formats that have no wave yet', () => {
    const records = [
      inside,
      activity('2025-08-02', 'c', '10002', { format: 'loa-truyen-thanh' }),
      activity('2025-07-20', 'c', '10005', { format: 'loa-truyen-thanh' }),
      activity('2025-07-20', 'c', '10003', { format: 'to-roi' }),
      activity('2025-07-21', 'c', '10003', { format: 'hoi-nghi', wave: 'dot-khac' }),
    ];
    expect(linkableRecords(records, wave(), registry)).toEqual([inside]);
    expect(waveMisfit(records[1]!, wave(), registry)).toMatch(/nằm ngoài đợt/);
    expect(waveMisfit(records[2]!, wave(), registry)).toMatch(/không thuộc địa bàn/);
    expect(waveMisfit(records[3]!, wave(), registry)).toMatch(/hình thức/);
    expect(linkableRecords([records[2]!], wave({ allUnits: true }), registry)).toHaveLength(1);
  });
});

describe('waveResults', () => {
  it('counts units reached against the area, formats against expected, reach by audience and materials by unit', () => {
    const records = [
      activity('2025-07-20', 'c', '10002', { format: 'loa-truyen-thanh', wave: 'dot-thu', audiences: ['cong-dong'], materials: ['to-roi'] }),
      activity('2025-07-21', 'c', '10002', { format: 'hoi-nghi', wave: 'dot-thu', audiences: ['cong-dong', 'hoc-sinh-sinh-vien'], participants: 80, materials: ['to-roi'] }),
      activity('2025-07-22', 'c', '10003', { format: 'hoi-nghi', participants: 50 }),
    ];
    const results = waveResults(wave(), records, { registry, formats: outreachFormats, audiences });
    expect(results.activities).toBe(2);
    expect([results.unitsReached, results.areaUnits]).toEqual([1, 2]);
    expect(results.unitsNotReached.map((u) => u.code)).toEqual(['10003']);
    expect(results.byFormat.map((f) => [f.format, f.done, f.expected])).toEqual([['loa-truyen-thanh', 1, 4], ['hoi-nghi', 1, 2]]);
    expect(results.byAudience.find((a) => a.audience === 'cong-dong')).toMatchObject({ participants: 80, activities: 2, uncounted: 1 });
    expect(results.materialsUsed).toMatchObject([{ slug: 'to-roi', activities: 2, units: 1, inPack: true }]);
    expect(results.materialsUsed[0]!.where.map((u) => u.name)).toEqual(['Trung Tâm']);
  });

  it('groups the calendar into current, upcoming and past', () => {
    const a = wave({ slug: 'a', start: '2025-01-01', end: '2025-01-31' });
    const b = wave({ slug: 'b', start: '2025-07-01', end: '2025-07-31' });
    const c = wave({ slug: 'c', start: '2025-09-01', end: '2025-09-30' });
    const groups = waveCalendar([c, b, a], '2025-07-15');
    expect(groups['dang-dien-ra'].map((w) => w.slug)).toEqual(['b']);
    expect(groups['sap-toi'].map((w) => w.slug)).toEqual(['c']);
    expect(groups['da-qua'].map((w) => w.slug)).toEqual(['a']);
  });
});

describe('linkWaveInText', () => {
  it('adds the wave after reportingUnit to the chosen records only, keeping every other line', async () => {
    const { linkWaveInText } = await import('../activities/yaml-file');
    const text = [
      'unit:',
      '  list: c',
      "  code: '10002'",
      '  name: Phường Trung Tâm',
      'activities:',
      '  - date: 2025-07-20',
      '    format: loa-truyen-thanh',
      '    audiences:',
      '      - cong-dong',
      '    materials: []',
      '    description: Phát thanh thử',
      '    reportingUnit: UBND',
      '    illustrative: true',
      '  - date: 2025-08-20',
      '    format: hoi-nghi',
      '    audiences:',
      '      - cong-dong',
      '    materials: []',
      '    description: Hội nghị thử',
      '    reportingUnit: UBND',
      '',
    ].join('\n');
    const { text: linked, linked: count } = linkWaveInText(text, 'dot-thu', (r) => r.date === '2025-07-20');
    expect(count).toBe(1);
    expect(linked).toBe(text.replace('    reportingUnit: UBND\n    illustrative: true', '    reportingUnit: UBND\n    wave: dot-thu\n    illustrative: true'));
    expect(linkWaveInText(linked, 'dot-khac', () => true).text).toBe(linked.replace('Hội nghị thử\n    reportingUnit: UBND\n', 'Hội nghị thử\n    reportingUnit: UBND\n    wave: dot-khac\n'));
  });
});

describe('wave views', () => {
  it('render the area, the schedule with reading time, results in vi-VN and the calendar cards', async () => {
    const { wavePageView, wavesCalendarView } = await import('./view');
    const context = {
      registry,
      formats: outreachFormats,
      audiences,
      material: (slug: string) => (slug === 'bai-loa' ? { title: 'Bài loa', text: Array.from({ length: 240 }, () => 'tiếng').join(' ') } : { title: 'Tờ rơi', text: '' }),
      kitTitle: () => 'Bài 1',
      today: '2025-08-15',
    };
    const records = [activity('2025-07-20', 'c', '10002', { format: 'loa-truyen-thanh', wave: 'dot-thu', participants: 1200 })];
    const view = wavePageView(wave(), records, context);
    expect(view.area).toBe('2 xã, phường: Phường Trung Tâm; Xã Phương Chiểu');
    expect(view.phase).toBe('Đã qua');
    expect(view.schedule[0]).toMatchObject({ title: 'Bài loa', readingMinutes: '2', days: ['15/07/2025', '30/07/2025'], total: '4' });
    expect(view.results).toMatchObject({ activities: '1', units: '1/2', unitsShare: '50%' });
    expect(view.results.byFormat[0]).toEqual({ label: 'Loa truyền thanh', done: '1', expected: '4', share: '25%' });
    expect(view.results.byAudience[0]).toMatchObject({ label: 'Cộng đồng', participants: '1.200' });
    expect(view.pack.href).toBe('/chien-dich/dot/dot-thu/dot-thu.zip');
    const calendar = wavesCalendarView([wave()], records, context);
    expect(calendar.sections.map((s) => s.waves.length)).toEqual([0, 0, 1]);
    expect(calendar.sections[2]!.waves[0]).toMatchObject({ href: '/chien-dich/dot/dot-thu/', dates: '10/07/2025 – 31/07/2025', activities: '1' });
  });
});
