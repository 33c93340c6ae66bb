/**
 * The lesson plan frame teachers use under the 2018 curriculum: Kế hoạch bài dạy,
 * Phụ lục IV of Công văn 5512/BGDĐT-GDTrH (18/12/2020). Objectives as kiến thức,
 * năng lực, phẩm chất; thiết bị dạy học và học liệu; a teaching process of four
 * activities (mở đầu, hình thành kiến thức mới, luyện tập, vận dụng), each with
 * mục tiêu, nội dung, sản phẩm and tổ chức thực hiện.
 */

export const PHASE_LABELS: Record<string, string> = {
  'mo-dau': 'Mở đầu',
  'hinh-thanh-kien-thuc': 'Hình thành kiến thức mới',
  'luyen-tap': 'Luyện tập',
  'van-dung': 'Vận dụng',
};

/** The frame's headings, in the words of Phụ lục IV. */
export const FRAME = {
  objectives: 'Mục tiêu',
  knowledge: 'Về kiến thức',
  competences: 'Về năng lực',
  qualities: 'Về phẩm chất',
  equipment: 'Thiết bị dạy học và học liệu',
  process: 'Tiến trình dạy học',
  goal: 'Mục tiêu',
  content: 'Nội dung',
  product: 'Sản phẩm',
  organisation: 'Tổ chức thực hiện',
} as const;

/**
 * The step of each activity: the one it names, or by position when it names none
 * ("tu-dong"): the first opens the lesson, the last applies it, the rest build knowledge.
 */
export function activityPhases(activities: readonly { phase?: string | undefined }[]): string[] {
  return activities.map((activity, index) => {
    if (activity.phase && activity.phase in PHASE_LABELS) return activity.phase;
    if (index === 0) return 'mo-dau';
    if (index === activities.length - 1 && activities.length > 1) return 'van-dung';
    return 'hinh-thanh-kien-thuc';
  });
}

/** A format label without its own duration ("Buổi ngoại khóa (60–120 phút)" → "Buổi ngoại khóa"), so the kit's minutes are printed once. */
export function formatWithoutDuration(label: string): string {
  return label.replace(/\s*\([^)]*phút\)\s*$/u, '').trim();
}

/**
 * Site addresses written as paths ("/ho-tro/", "(/tai-lieu/x/)") made whole with
 * the site's origin, so a printed page can be followed. Web addresses already
 * whole are left as they are.
 */
export function wholeAddresses(text: string, origin: string): string {
  const base = origin.replace(/\/$/, '');
  return text.replace(/(^|[\s(“"'])(\/[a-z0-9-]+(?:\/[a-z0-9-]+)*\/)/g, (_, before: string, path: string) => `${before}${base}${path}`);
}
