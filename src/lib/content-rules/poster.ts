import type { FieldIssue } from '../content/issues';
import { countWords } from '../materials/text';

/** A poster's headline: at most ten words (tiếng), so it reads from across a room. */
export const POSTER_HEADLINE_MAX_WORDS = 10;
/** A poster carries at most three supporting lines under its headline. */
export const POSTER_MAX_LINES = 3;

export interface PosterFacts {
  title: string;
  cover: { image: string | null };
  /** The body's list items: the poster's supporting lines. */
  lines: readonly string[];
  /** The legal basis line ("Căn cứ: …"), printed at the foot of the A4; null when the body has none. */
  basis: string | null;
}

/** The body's paragraph that starts "Căn cứ" (the poster's legal basis line), or null. */
export function posterBasis(text: string): string | null {
  return text.split('\n').find((line) => /^căn cứ(?!\p{L})/iu.test(line.trim()))?.trim() ?? null;
}

/** A poster-format material needs its own visual, a short headline and at most three lines. */
export function checkPoster(poster: PosterFacts): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!poster.cover.image) {
    issues.push({
      field: 'cover.image',
      problem: {
        vi: 'áp phích chưa có hình minh họa; tải lên một hình vẽ (SVG, biểu tượng, không dùng ảnh người thật) ở mục Ảnh bìa và viết mô tả ảnh',
        en: 'a poster needs a visual (cover image)',
      },
    });
  }
  const words = countWords(poster.title);
  if (words > POSTER_HEADLINE_MAX_WORDS) {
    issues.push({
      field: 'title',
      problem: {
        vi: `tiêu đề áp phích có ${words} tiếng, quá ${POSTER_HEADLINE_MAX_WORDS}; rút gọn để đọc được từ xa`,
        en: `poster headline has ${words} words (at most ${POSTER_HEADLINE_MAX_WORDS})`,
      },
    });
  }
  if (poster.lines.length > POSTER_MAX_LINES) {
    issues.push({
      field: 'body',
      problem: {
        vi: `áp phích có ${poster.lines.length} dòng gạch đầu dòng, quá ${POSTER_MAX_LINES}; giữ ${POSTER_MAX_LINES} ý chính, chuyển phần còn lại sang tờ rơi`,
        en: `poster has ${poster.lines.length} lines (at most ${POSTER_MAX_LINES})`,
      },
    });
  }
  if (!poster.basis) {
    issues.push({
      field: 'body',
      problem: {
        vi: 'áp phích chưa có dòng căn cứ pháp lý; thêm một đoạn bắt đầu bằng “Căn cứ:” nêu tên, số văn bản và điều luật (dòng này được in trên bản A4)',
        en: 'a poster needs a legal basis line starting "Căn cứ:"',
      },
    });
  }
  return issues;
}
