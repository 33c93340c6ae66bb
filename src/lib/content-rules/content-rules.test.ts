import Markdoc from '@markdoc/markdoc';
import { describe, expect, it } from 'vitest';
import { checkBroadcast, countNumbers } from './broadcast';
import { contentRuleIssues, entryTexts } from './index';
import { checkPoster, posterBasis } from './poster';
import { checkQuiz, rightIsLongest } from './quiz';
import { findStigmaTerms } from './stigma';
import { stigmaTerms } from './stigma-terms';

const doc = (source: string) => ({ node: Markdoc.parse(source) });

describe('checkPoster', () => {
  it('refuses a poster without a visual, with a long headline and four lines, naming each field', () => {
    const issues = checkPoster({
      title: 'một hai ba bốn năm sáu bảy tám chín mười mười một',
      cover: { image: null },
      lines: ['a', 'b', 'c', 'd'],
      basis: null,
    });
    expect(issues.map((issue) => issue.field)).toEqual(['cover.image', 'title', 'body', 'body']);
    expect(issues[3]?.problem.vi).toContain('Căn cứ:');
    expect(issues[1]?.problem.vi).toContain('12 tiếng');
  });

  it('accepts a poster with a visual, ten words and three lines', () => {
    expect(checkPoster({ title: 'một hai ba bốn năm sáu bảy tám chín mười', cover: { image: '/x.svg' }, lines: ['a', 'b', 'c'], basis: 'Căn cứ: Luật' })).toEqual([]);
  });

  it('finds the legal basis line', () => {
    expect(posterBasis('Một dòng\n  Căn cứ: Bộ luật Lao động năm 2019, Điều 17.\nCần giúp')).toBe('Căn cứ: Bộ luật Lao động năm 2019, Điều 17.');
    expect(posterBasis('Không có căn cứ ở đây')).toBeNull();
  });
});

describe('checkBroadcast', () => {
  it('counts whole numbers only', () => {
    expect(countNumbers('gọi 111, 1113 hoặc 111.', ['111'])).toEqual(new Map([['111', 2]]));
  });

  it('refuses a script that says each number once and carries a link', () => {
    const issues = checkBroadcast({ text: 'Gọi 111 hoặc 113.', links: ['/ho-tro/'] });
    expect(issues).toHaveLength(2);
    expect(issues[0]?.problem.vi).toContain('ít nhất hai lần');
    expect(issues[1]?.problem.vi).toContain('đường dẫn');
  });

  it('refuses a sentence too long to follow by ear', () => {
    const long = Array.from({ length: 41 }, () => 'tiếng').join(' ');
    const issues = checkBroadcast({ text: `Gọi 111. ${long}. Gọi 111.`, links: [] });
    expect(issues.map((issue) => issue.problem.en)).toEqual(['a sentence of 41 words is too long to follow by ear (at most 40)']);
  });

  it('accepts a script that repeats a number and reads no address', () => {
    expect(checkBroadcast({ text: 'Gọi 111. Xin nhắc lại: 111.', links: [] })).toEqual([]);
  });
});

describe('checkQuiz', () => {
  const question = (options: string[], answer: string) => ({ question: 'Câu hỏi?', options, answer });

  it('finds a right answer that is strictly the longest', () => {
    expect(rightIsLongest(question(['ngắn', 'dài hơn nhiều'], 'B'))).toBe(true);
    expect(rightIsLongest(question(['bằng', 'nhau'], 'B'))).toBe(false);
  });

  it('refuses repeated options and a longest-is-right share over a third', () => {
    const issues = checkQuiz([question(['Có', 'có.', 'Không biết rõ lắm'], 'C'), question(['a', 'bb'], 'B'), question(['aa', 'b'], 'A')]);
    expect(issues.map((issue) => issue.field)).toEqual(['quiz.0.options.1', 'quiz']);
    expect(issues[1]?.problem.vi).toContain('3/3');
  });

  it('refuses a quiz whose right answer never moves', () => {
    const quiz = Array.from({ length: 4 }, () => question(['x dài dài', 'y', 'z'], 'B'));
    expect(checkQuiz(quiz).map((issue) => issue.problem.en)).toEqual(['the right answer is always in the same position']);
  });

  it('accepts a third or less', () => {
    expect(checkQuiz([question(['a', 'bb'], 'B'), question(['aa', 'b'], 'B'), question(['a', 'b'], 'A')])).toEqual([]);
  });
});

describe('findStigmaTerms', () => {
  it('keeps a source and a neutral term for every entry', () => {
    for (const term of stigmaTerms) {
      expect(term.source.length).toBeGreaterThan(5);
      expect(term.instead.length).toBeGreaterThan(2);
    }
  });

  it('finds a term as a whole word, in any case, and names the neutral word', () => {
    const issues = findStigmaTerms([
      { field: 'body', text: 'Không gọi ai là Gái  mại dâm.' },
      { field: 'summary', text: 'Điểm hẹn, cavern, mại dâm' },
    ]);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.field).toBe('body');
    expect(issues[0]?.problem.vi).toContain('người bán dâm');
  });
});

describe('contentRuleIssues', () => {
  it('reads every text of an entry, Markdoc included', () => {
    expect(entryTexts({ title: 'A', quiz: [{ options: ['x'] }], body: doc('Một *hai*') })).toEqual([
      { field: 'title', text: 'A' },
      { field: 'quiz.0.options.0', text: 'x' },
      { field: 'body', text: 'Một hai' },
    ]);
  });

  it('applies the poster and broadcast rules by kind, and the term list everywhere', () => {
    const script = { kind: 'kich-ban-loa', title: 'T', cover: { image: null }, body: doc('Gọi [111](/ho-tro/). Gọi 111. Đừng gọi là cave.') };
    const issues = contentRuleIssues('taiLieu', script);
    expect(issues.map((issue) => issue.problem.en)).toEqual([
      'stigmatising term "cave"; write "người bán dâm" instead',
      'a loudspeaker script must not contain links',
    ]);
    expect(contentRuleIssues('trang', { body: doc('Bình thường.') })).toEqual([]);
  });
});
