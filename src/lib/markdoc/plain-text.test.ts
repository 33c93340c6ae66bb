import Markdoc from '@markdoc/markdoc';
import { describe, expect, it } from 'vitest';
import { plainText } from './plain-text';

describe('plainText', () => {
  it('keeps the words of headings, paragraphs and lists, one block a line, no markup', () => {
    const node = Markdoc.parse('## Quyền của bạn\n\n**Đậm** và [liên kết](/ho-tro/)\ntiếp\n\n- một\n- hai');
    expect(plainText(node)).toBe('Quyền của bạn\nĐậm và liên kết tiếp\nmột\nhai');
  });
});
