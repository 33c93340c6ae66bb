import { describe, expect, it } from 'vitest';
import { checkPlan, duplicatePlanNumbers, explainPlanFieldIssue, type PlanTargetFacts } from './check';
import { targetFigure, targetFor, targetRatio } from './targets';

const target = (extra: Partial<PlanTargetFacts> = {}): PlanTargetFacts => ({ id: 'a', measure: 'doi-tuong-so-nguoi', audience: 'hoc-sinh-sinh-vien', unit: 'so-luong', value: 100000, ...extra });
const plan = (targets: PlanTargetFacts[], periodStart = '2026-01-01', periodEnd = '2026-12-31') => ({ number: '7/KH-UBND', periodStart, periodEnd, targets });

describe('checkPlan', () => {
  it('accepts a yearly plan with count targets', () => {
    expect(checkPlan(plan([target(), target({ id: 'b', measure: 'hoat-dong-bao-dai', audience: 'khong', value: 50 })]))).toEqual([]);
  });

  it('refuses an unknown measure, naming the target and the catalogue', () => {
    const [issue] = checkPlan(plan([target({ measure: 'so-ca-benh' })]));
    expect(issue?.field).toBe('targets.0.measure');
    expect(issue?.problem.vi).toContain('so-ca-benh');
    expect(issue?.problem.vi).toContain('sửa: chọn một trong');
  });

  it('refuses a period that ends before it starts', () => {
    expect(checkPlan(plan([], '2026-12-31', '2026-01-01')).map((i) => i.field)).toEqual(['periodEnd']);
  });

  it('refuses a missing audience, a unit the measure does not use, a share above 100% and a repeated id', () => {
    const issues = checkPlan(
      plan([target({ audience: 'khong' }), target({ measure: 'huyen-co-ke-hoach', audience: 'khong', unit: 'so-luong' }), target({ measure: 'tin-bao-xu-ly', audience: 'khong', unit: 'phan-tram', value: 120 })]),
    );
    expect(issues.map((i) => i.field)).toEqual(['targets.0.audience', 'targets.1.id', 'targets.1.unit', 'targets.2.id', 'targets.2.value']);
    expect(issues.every((i) => i.problem.vi.includes('sửa:'))).toBe(true);
  });

  it('explains the reader\'s refusal of a measure outside the list', () => {
    const issue = explainPlanFieldIssue({ field: 'targets.3.measure', problem: { vi: 'giá trị không nằm trong danh sách được chọn', en: 'x' } });
    expect(issue.problem.vi).toContain('sửa: chọn một trong');
    expect(explainPlanFieldIssue({ field: 'title', problem: { vi: 'a', en: 'b' } }).problem.vi).toBe('a');
  });
});

describe('duplicatePlanNumbers', () => {
  it('names both files of a number claimed twice, ignoring spaces and case', () => {
    const issues = duplicatePlanNumbers([
      { file: 'a.yaml', number: '164/KH-UBND' },
      { file: 'b.yaml', number: '164 / kh-ubnd' },
      { file: 'c.yaml', number: '7/KH-UBND' },
    ]);
    expect(issues.map((i) => i.file)).toEqual(['a.yaml', 'b.yaml']);
    expect(issues[0]?.issue.problem.vi).toContain('b.yaml');
  });
});

describe('targets', () => {
  const targets = [
    { measure: 'doi-tuong-ty-le', audience: 'hoc-sinh-sinh-vien', unit: 'phan-tram', value: 80 },
    { measure: 'doi-tuong-so-nguoi', audience: 'lao-dong-khu-cong-nghiep', unit: 'so-luong', value: 60000 },
  ];
  it('finds a target by measure and audience and states its figure', () => {
    expect(targetFor(targets, 'doi-tuong-ty-le', 'hoc-sinh-sinh-vien')?.value).toBe(80);
    expect(targetFor(targets, 'doi-tuong-ty-le', 'cong-dong')).toBeUndefined();
    expect(targetRatio(targets[0])).toBe(0.8);
    expect(targetRatio(targets[1])).toBeUndefined();
    expect(targetFigure(targets[1])).toBe('60.000');
    expect(targetFigure(targets[0])).toBe('80%');
  });
});
