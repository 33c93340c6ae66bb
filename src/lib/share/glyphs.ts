import type { SatoriFont } from './fonts';
import { FONT_STACK } from './fonts';
import { renderSvg } from './render';

/**
 * Characters of `text` that satori draws as nothing with these fonts: each
 * character is rendered alone and must produce a non-empty path.
 */
export async function missingGlyphs(text: string, fonts: SatoriFont[], weight: 400 | 700 = 400): Promise<string[]> {
  const characters = [...new Set([...text.normalize('NFC')].filter((c) => c.trim() !== ''))];
  const missing: string[] = [];
  for (const character of characters) {
    const svg = await renderSvg(
      { type: 'div', key: null, props: { style: { display: 'flex', fontFamily: FONT_STACK, fontSize: 40, fontWeight: weight }, children: character } },
      { width: 100, height: 100 },
      fonts,
    );
    const drawn = [...svg.matchAll(/<path[^>]* d="([^"]*)"/g)].some((match) => (match[1] ?? '').trim().length > 0);
    if (!drawn) missing.push(character);
  }
  return missing;
}
