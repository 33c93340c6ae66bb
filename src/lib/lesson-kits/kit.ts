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
  activities: readonly { name: string; minutes: number; teacher: string; students: string }[];
  worksheet: { instructions: string; tasks: readonly string[] };
  quiz: readonly { question: string; options: readonly string[]; answer: string; explanation: string }[];
  teacherNotes: readonly Block[];
  /** Related materials, as titles with their full web address. */
  related: readonly { title: string; url: string }[];
  issuingUnit: string;
  /** The kit's page, printed on each document so a teacher finds the latest version. */
  pageUrl: string;
}

export const OPTION_LETTERS = ['A', 'B', 'C', 'D'] as const;
