import { describe, expect, it } from 'vitest';
import { inCapitals, KIT_PARTS, kitOutline, PLAN_SECTIONS, totalMinutes } from './outline';

describe('kitOutline', () => {
  it('keeps the filled objective groups in order, each with its fixed number', () => {
    const outline = kitOutline({ objectives: { knowledge: ['Biết dấu hiệu lừa đảo'], skills: [], attitudes: ['Không đổ lỗi cho nạn nhân'] }, activities: [] });
    expect(outline.objectives).toEqual([
      { number: 1, heading: 'Kiến thức', items: ['Biết dấu hiệu lừa đảo'] },
      { number: 3, heading: 'Thái độ', items: ['Không đổ lỗi cho nạn nhân'] },
    ]);
  });

  it('adds up the activities’ minutes, an empty one counting 0', () => {
    const objectives = { knowledge: [], skills: [], attitudes: [] };
    expect(kitOutline({ objectives, activities: [{ minutes: 5 }, { minutes: 30 }, { minutes: 10 }] }).totalMinutes).toBe(45);
    expect(totalMinutes([{ minutes: 5 }, { minutes: null }])).toBe(5);
    expect(totalMinutes([])).toBe(0);
  });
});

describe('titles in capitals', () => {
  it('keeps the Vietnamese letters and tone marks', () => {
    expect(inCapitals(KIT_PARTS.lessonPlan)).toBe('KẾ HOẠCH BÀI DẠY');
    expect(inCapitals(KIT_PARTS.worksheet)).toBe('PHIẾU HỌC TẬP');
    expect(inCapitals(KIT_PARTS.quiz)).toBe('CÂU HỎI KIỂM TRA');
    expect(inCapitals(KIT_PARTS.answers)).toBe('ĐÁP ÁN');
    expect(Object.values(PLAN_SECTIONS).map(inCapitals)).toEqual(['MỤC TIÊU', 'CHUẨN BỊ', 'TIẾN TRÌNH DẠY HỌC', 'LƯU Ý CHO GIÁO VIÊN']);
  });
});
