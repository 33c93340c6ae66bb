import { describe, expect, it } from 'vitest';
import { fold } from './fold';

describe('fold', () => {
  it('makes every spelling of "mại dâm" the same', () => {
    expect(new Set(['mai dam', 'MẠI DÂM', 'mại dâm', 'mai dâm', 'Mại Dâm'].map(fold))).toEqual(new Set(['mai dam']));
  });

  it('maps đ and Đ to d', () => {
    expect(fold('Đường dây nóng đó')).toBe('duong day nong do');
  });

  it('folds decomposed input (NFD, as some phone keyboards send) the same as composed', () => {
    expect(fold('Vie\u0302\u0323t Nam')).toBe(fold('Việt Nam'));
    expect(fold('Việt Nam')).toBe('viet nam');
  });

  it('keeps the length of composed text, so positions line up for highlighting', () => {
    const text = 'Phòng, chống mua bán người – Hưng Yên “đúng”';
    expect(fold(text)).toHaveLength(text.length);
  });
});
