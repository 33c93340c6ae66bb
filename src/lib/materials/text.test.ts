import Markdoc from '@markdoc/markdoc';
import { describe, expect, it } from 'vitest';
import { countWords, listItems, markdocText, readingTime } from './text';

const doc = Markdoc.parse('## Kính thưa bà con\n\nHãy **cảnh giác** với lời mời\nviệc nhẹ lương cao.\n\n- Không nộp tiền trước\n- Không đưa giấy tờ tùy thân\n');

describe('markdocText', () => {
  it('keeps headings, paragraphs and items as lines, without markup', () => {
    expect(markdocText(doc)).toBe('Kính thưa bà con\nHãy cảnh giác với lời mời việc nhẹ lương cao.\nKhông nộp tiền trước\nKhông đưa giấy tờ tùy thân');
  });

  it('lists the items of bullet lists', () => {
    expect(listItems(doc)).toEqual(['Không nộp tiền trước', 'Không đưa giấy tờ tùy thân']);
  });
});

describe('readingTime', () => {
  it('counts Vietnamese syllables, not punctuation', () => {
    expect(countWords('Kính thưa bà con – hãy nghe!')).toBe(6);
  });

  it('takes 240 syllables at 120 a minute as two minutes', () => {
    const text = Array.from({ length: 240 }, () => 'tiếng').join(' ');
    expect(readingTime(text)).toEqual({ words: 240, seconds: 120, minutes: 2 });
  });

  it('never says zero minutes', () => {
    expect(readingTime('Xin chào').minutes).toBe(1);
  });
});
