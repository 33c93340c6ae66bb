import Markdoc from '@markdoc/markdoc';
import { describe, expect, it } from 'vitest';
import { markdocBlocks } from './blocks';

describe('markdocBlocks', () => {
  it('flattens headings, paragraphs and nested list items, keeping bold', () => {
    const blocks = markdocBlocks(Markdoc.parse('## Lưu ý\n\nGiữ **bình tĩnh**.\n\n1. Lắng nghe\n   - không ép kể\n2. Báo người phụ trách\n'));
    expect(blocks).toEqual([
      { type: 'heading', level: 2, runs: [{ text: 'Lưu ý', bold: false, italic: false }] },
      {
        type: 'paragraph',
        runs: [
          { text: 'Giữ ', bold: false, italic: false },
          { text: 'bình tĩnh', bold: true, italic: false },
          { text: '.', bold: false, italic: false },
        ],
      },
      { type: 'item', depth: 1, ordered: true, runs: [{ text: 'Lắng nghe', bold: false, italic: false }] },
      { type: 'item', depth: 2, ordered: false, runs: [{ text: 'không ép kể', bold: false, italic: false }] },
      { type: 'item', depth: 1, ordered: true, runs: [{ text: 'Báo người phụ trách', bold: false, italic: false }] },
    ]);
  });
});

describe('markdocBlocks links', () => {
  it('prints a link address after its text, so a printed page can follow it', () => {
    expect(markdocBlocks(Markdoc.parse('Xem [trang Hỗ trợ](/ho-tro/).'))[0]?.runs.map((run) => run.text).join('')).toBe('Xem trang Hỗ trợ (/ho-tro/).');
  });
});
