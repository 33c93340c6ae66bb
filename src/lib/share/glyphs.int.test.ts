import { describe, expect, it } from 'vitest';
import { loadShareFonts } from '../../data/share-fonts';
import { missingGlyphs } from './glyphs';

/** Every Vietnamese vowel with every tone mark, plus đ/Đ, upper and lower case. */
const VOWELS = 'aăâeêioôơuưy';
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const ALL_VIETNAMESE = [...VOWELS, ...VOWELS.toUpperCase()]
  .flatMap((vowel) => TONES.map((tone) => (vowel + tone).normalize('NFC')))
  .concat(['đ', 'Đ'])
  .join('');

describe('share image fonts', () => {
  it('covers 146 Vietnamese letters (12 vowels × 6 tones × 2 cases + đ Đ)', () => {
    expect([...ALL_VIETNAMESE]).toHaveLength(146);
  });

  it.each([400, 700] as const)('draws every Vietnamese letter at weight %i', async (weight) => {
    expect(await missingGlyphs(`${ALL_VIETNAMESE} Phòng, chống mại dâm – Hưng Yên 0123456789 “”`, loadShareFonts(), weight)).toEqual([]);
  }, 60_000);

  it('would notice a dropped glyph (a font without the Vietnamese subset)', async () => {
    const latinOnly = loadShareFonts().filter((font) => font.name.endsWith(' latin'));
    expect(await missingGlyphs('ờ ự Đ', latinOnly)).toEqual(expect.arrayContaining(['ờ', 'ự']));
  }, 60_000);
});

describe('share card layout', () => {
  it('fits the 1200×630 frame exactly, with the programme line drawn', async () => {
    const { shareCard, SHARE_SIZE } = await import('./card');
    const { renderSvg } = await import('./render');
    const svg = await renderSvg(shareCard({ title: 'Tiêu đề', eyebrow: 'Bài viết', programme: 'Phòng, chống mại dâm' }), SHARE_SIZE, loadShareFonts());
    const widths = [...svg.matchAll(/width="(\d+)"/g)].map((m) => Number(m[1]));
    expect(Math.max(...widths)).toBeLessThanOrEqual(1200);
    expect(svg).toContain('<image');
  });
});
