import type { Block } from '../markdoc/blocks';

/** What the Word files of a lesson kit are made from (a shaped bài giảng entry). */
export interface KitDocument {
  slug: string;
  title: string;
  summary: string;
  levelLabel: string;
  formatLabel: string;
  durationMinutes: number;
  objectives: { knowledge: readonly string[]; skills: readonly string[]; attitudes: readonly string[] };
  preparation: readonly string[];
  activities: readonly KitActivity[];
  worksheet: {
    instructions: string;
    tasks: readonly string[];
    /** A worksheet that stays with the student: printed without a name line. */
    private?: boolean | undefined;
    /** Handouts the activities need (a mock contract, a job advert), printed with the worksheet. */
    handouts?: readonly { title: string; text: string }[] | undefined;
  };
  quiz: readonly { question: string; options: readonly string[]; answer: string; explanation: string }[];
  teacherNotes: readonly Block[];
  /** Related materials, as titles with their full web address. */
  related: readonly { title: string; url: string }[];
  issuingUnit: string;
  /** The kit's page, printed on each document so a teacher finds the latest version. */
  pageUrl: string;
}

export interface KitActivity {
  name: string;
  minutes: number;
  teacher: string;
  students: string;
  /** Step of the lesson (Công văn 5512): 'tu-dong' or absent means by position. */
  phase?: string | undefined;
  /** What students produce (sản phẩm); blank lines are printed when absent. */
  product?: string | undefined;
}

export const OPTION_LETTERS = ['A', 'B', 'C', 'D'] as const;

/** File names the lesson plan refers to (the ZIP holds them beside it). */
export const KIT_FILES_FOR_PLAN = { worksheet: 'phieu-hoc-tap.docx', deck: 'trinh-chieu.pptx' } as const;
