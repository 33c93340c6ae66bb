/**
 * What the kit page and the kit's Word files share: the titles of the kit's
 * parts and of the lesson plan's sections, the objective groups a kit fills,
 * and the minutes its activities add up to. The page shows the titles as
 * written; the Word files print them in capitals, as school documents do.
 */

/** The four parts of a kit: one section of the page each, and the Word files' headings. */
export const KIT_PARTS = {
  lessonPlan: 'Kế hoạch bài dạy',
  worksheet: 'Phiếu học tập',
  quiz: 'Câu hỏi kiểm tra',
  answers: 'Đáp án',
} as const;

/** Sections of the lesson plan, in order. */
export const PLAN_SECTIONS = {
  objectives: 'Mục tiêu',
  preparation: 'Chuẩn bị',
  activities: 'Tiến trình dạy học',
  notes: 'Lưu ý cho giáo viên',
} as const;

/** Label of the activities' total. */
export const TOTAL_TIME = 'Tổng thời gian';

/** A title in capitals, as printed in the Word files ("Kế hoạch bài dạy" → "KẾ HOẠCH BÀI DẠY"). */
export const inCapitals = (title: string) => title.toLocaleUpperCase('vi');

export interface ObjectiveGroup {
  /** Place among the three groups (1 knowledge, 2 skills, 3 attitudes), kept when another group is empty. */
  number: number;
  heading: string;
  items: readonly string[];
}

export interface KitOutline {
  /** The objective groups that have items, in the fixed order knowledge, skills, attitudes. */
  objectives: ObjectiveGroup[];
  /** The activities' minutes added up (an activity without minutes counts 0). */
  totalMinutes: number;
}

/** Minutes of the activities added up; an activity without minutes counts 0. */
export function totalMinutes(activities: readonly { minutes: number | null }[]): number {
  return activities.reduce((sum, activity) => sum + (activity.minutes ?? 0), 0);
}

/** The objective groups and the total time of a kit, for its page and its lesson plan. */
export function kitOutline(kit: {
  objectives: { knowledge: readonly string[]; skills: readonly string[]; attitudes: readonly string[] };
  activities: readonly { minutes: number | null }[];
}): KitOutline {
  const groups: ObjectiveGroup[] = [
    { number: 1, heading: 'Kiến thức', items: kit.objectives.knowledge },
    { number: 2, heading: 'Kỹ năng', items: kit.objectives.skills },
    { number: 3, heading: 'Thái độ', items: kit.objectives.attitudes },
  ];
  return { objectives: groups.filter((group) => group.items.length > 0), totalMinutes: totalMinutes(kit.activities) };
}
