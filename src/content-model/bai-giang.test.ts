import { describe, expect, it } from 'vitest';
import { checkLessonKit, type LessonKitFacts } from './bai-giang';

const kit = (overrides: Partial<LessonKitFacts> = {}): LessonKitFacts => ({
  format: 'mot-tiet',
  durationMinutes: 45,
  objectives: { knowledge: ['Biết luật'], skills: [], attitudes: [] },
  activities: [{ minutes: 5 }, { minutes: 30 }, { minutes: 10 }],
  quiz: [{ options: ['Đúng', 'Sai'], answer: 'A' }],
  attachments: [],
  relatedMaterials: [],
  ...overrides,
});

describe('checkLessonKit', () => {
  it('accepts a 45-minute period whose activities add up to 45', () => {
    expect(checkLessonKit(kit(), () => true)).toEqual([]);
  });

  it('reports activities that add up to 40 instead of 45, with both numbers', () => {
    const [issue] = checkLessonKit(kit({ activities: [{ minutes: 10 }, { minutes: 30 }] }), () => true);
    expect(issue?.field).toBe('activities');
    expect(issue?.problem.vi).toContain('40');
    expect(issue?.problem.vi).toContain('45');
  });

  it('reports a one-period kit that claims 60 minutes', () => {
    const issues = checkLessonKit(kit({ durationMinutes: 60, activities: [{ minutes: 60 }] }), () => true);
    expect(issues.map((i) => i.field)).toEqual(['durationMinutes']);
  });

  it('allows an extracurricular session of 75 minutes', () => {
    expect(checkLessonKit(kit({ format: 'ngoai-khoa', durationMinutes: 75, activities: [{ minutes: 45 }, { minutes: 30 }] }), () => true)).toEqual([]);
  });

  it('reports an attachment whose file is missing', () => {
    const issues = checkLessonKit(kit({ attachments: [{ file: '/bai-giang/x/phieu.docx', label: 'Phiếu' }] }), () => false);
    expect(issues[0]).toMatchObject({ field: 'attachments.0.file' });
    expect(issues[0]?.problem.vi).toContain('public/bai-giang/x/phieu.docx');
  });

  it('reports a related material that is not in the library', () => {
    const issues = checkLessonKit(kit({ relatedMaterials: ['co-that', 'khong-co'] }), () => true, (slug) => slug === 'co-that');
    expect(issues.map((i) => i.field)).toEqual(['relatedMaterials.1']);
  });

  it('reports missing objectives and an answer beyond the options', () => {
    const issues = checkLessonKit(kit({ objectives: { knowledge: [], skills: [], attitudes: [] }, quiz: [{ options: ['Có', 'Không'], answer: 'C' }] }),
      () => true,
    );
    expect(issues.map((i) => i.field)).toEqual(['objectives', 'quiz.0.answer']);
  });
});
