import type { FieldIssue } from '../content/issues';

const LETTERS = ['A', 'B', 'C', 'D'] as const;

export interface QuizQuestion {
  question: string;
  options: readonly string[];
  /** Letter of the right option: A, B, C or D. */
  answer: string;
}

/** The longest right answer may be the right one in at most a third of the questions. */
export const MAX_LONGEST_RIGHT_SHARE = 1 / 3;

const normalise = (text: string) => text.normalize('NFC').toLowerCase().replace(/[\s.,;:!?“”"'…]+/g, ' ').trim();

/** True when the right option is strictly longer than every other option. */
export function rightIsLongest(question: QuizQuestion): boolean {
  const index = LETTERS.indexOf(question.answer as (typeof LETTERS)[number]);
  const right = question.options[index];
  if (right === undefined) return false;
  const length = [...right.trim()].length;
  return question.options.every((option, other) => other === index || [...option.trim()].length < length);
}

/**
 * Quizzes that measure something: no option repeated in a question, the longest
 * option right in at most a third of the questions, and the right answer not
 * always in the same position.
 */
export function checkQuiz(quiz: readonly QuizQuestion[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  quiz.forEach((question, index) => {
    const seen = new Map<string, number>();
    question.options.forEach((option, optionIndex) => {
      const key = normalise(option);
      const first = seen.get(key);
      if (first !== undefined) {
        issues.push({
          field: `quiz.${index}.options.${optionIndex}`,
          problem: {
            vi: `câu ${index + 1}: phương án ${LETTERS[optionIndex] ?? optionIndex + 1} trùng phương án ${LETTERS[first] ?? first + 1}; viết một phương án sai khác, lấy từ hiểu lầm thường gặp`,
            en: `question ${index + 1}: option ${optionIndex + 1} repeats option ${first + 1}`,
          },
        });
      } else {
        seen.set(key, optionIndex);
      }
    });
  });
  if (quiz.length === 0) return issues;
  const longestRight = quiz.flatMap((question, index) => (rightIsLongest(question) ? [index + 1] : []));
  const longest = longestRight.length;
  if (longest / quiz.length > MAX_LONGEST_RIGHT_SHARE) {
    issues.push({
      field: 'quiz',
      problem: {
        vi: `đáp án đúng là phương án dài nhất ở ${longest}/${quiz.length} câu (câu ${longestRight.join(', ')}), quá một phần ba; viết các phương án dài tương đương hoặc để đáp án đúng ngắn hơn ở một số câu`,
        en: `the right answer is the longest option in ${longest} of ${quiz.length} questions (more than a third)`,
      },
    });
  }
  const answers = new Set(quiz.map((question) => question.answer));
  if (quiz.length >= 4 && answers.size === 1) {
    issues.push({
      field: 'quiz',
      problem: {
        vi: `đáp án đúng của mọi câu đều là ${[...answers][0]}; đổi vị trí đáp án đúng giữa các câu`,
        en: 'the right answer is always in the same position',
      },
    });
  }
  return issues;
}
