import type { FieldIssue } from '../content/issues';
import { countWords } from '../materials/text';

/**
 * Help numbers a listener can call: 111 (Tổng đài quốc gia bảo vệ trẻ em),
 * 113 (công an), 115 (cấp cứu). Local numbers from the settings may be added.
 */
export const NATIONAL_HELP_NUMBERS = ['111', '113', '115'] as const;

/** A sentence read aloud longer than this (in tiếng) is hard to follow in one hearing. */
export const MAX_SPOKEN_SENTENCE_WORDS = 40;

/** Sentences of a script (split at . ! ? and line ends) longer than the limit, with their length. */
export function longSentences(text: string, limit = MAX_SPOKEN_SENTENCE_WORDS): { words: number; sentence: string }[] {
  return text
    .split(/(?<=[.!?])\s+|\n/)
    .map((sentence) => ({ sentence: sentence.trim(), words: countWords(sentence) }))
    .filter(({ words }) => words > limit);
}

export interface BroadcastFacts {
  /** Plain text of the script as it will be read. */
  text: string;
  /** Targets of the links in the script (a listener cannot follow a link). */
  links: readonly string[];
}

/** How many times each number is said in the text (whole numbers only). */
export function countNumbers(text: string, numbers: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const number of numbers) {
    const matches = text.match(new RegExp(`(?<!\\d)${number}(?!\\d)`, 'g'));
    counts.set(number, matches?.length ?? 0);
  }
  return counts;
}

/** A loudspeaker script says one help number at least twice, keeps its sentences short and reads no web address as a link. */
export function checkBroadcast(script: BroadcastFacts, helpNumbers: readonly string[] = NATIONAL_HELP_NUMBERS): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const counts = countNumbers(script.text, helpNumbers);
  if (![...counts.values()].some((count) => count >= 2)) {
    issues.push({
      field: 'body',
      problem: {
        vi: `bài phát thanh chưa nhắc số điện thoại hỗ trợ nào (${helpNumbers.join(', ')}) ít nhất hai lần; nhắc lại số chính ở câu kết để người nghe kịp nhớ`,
        en: 'a loudspeaker script must say one help number at least twice',
      },
    });
  }
  for (const { words, sentence } of longSentences(script.text)) {
    issues.push({
      field: 'body',
      problem: {
        vi: `câu “${sentence.slice(0, 60)}…” dài ${words} tiếng, quá ${MAX_SPOKEN_SENTENCE_WORDS}; tách thành hai, ba câu ngắn để người nghe theo kịp`,
        en: `a sentence of ${words} words is too long to follow by ear (at most ${MAX_SPOKEN_SENTENCE_WORDS})`,
      },
    });
  }
  if (script.links.length > 0 || /https?:\/\/|www\./i.test(script.text)) {
    issues.push({
      field: 'body',
      problem: {
        vi: 'bài phát thanh có đường dẫn (liên kết) mà người nghe không bấm được; thay bằng lời nói, ví dụ “hỏi cán bộ xã, phường” hoặc đọc tên trang',
        en: 'a loudspeaker script must not contain links',
      },
    });
  }
  return issues;
}
