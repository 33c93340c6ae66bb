/**
 * Fonts for images made with satori. Fontsource ships one file per subset;
 * satori uses only the first file of a family, so each subset gets its own
 * family name and satori falls back through them (glyphs.int.test.ts checks
 * that every Vietnamese letter is drawn).
 */
export interface SatoriFont {
  name: string;
  data: ArrayBuffer | Buffer;
  weight: 400 | 700;
  style: 'normal';
}

export const SUBSETS = ['vietnamese', 'latin', 'latin-ext'] as const;
export const WEIGHTS = [400, 700] as const;

/** Family name used for one subset, e.g. "Be Vietnam Pro vietnamese". */
export const familyFor = (subset: (typeof SUBSETS)[number]) => `Be Vietnam Pro ${subset}`;

/** The CSS font-family list that reaches every subset. */
export const FONT_STACK = SUBSETS.map((subset) => `'${familyFor(subset)}'`).join(', ');

/** File names inside @fontsource/be-vietnam-pro/files (woff: satori cannot read woff2). */
export function fontFiles(): { subset: (typeof SUBSETS)[number]; weight: 400 | 700; file: string }[] {
  return SUBSETS.flatMap((subset) =>
    WEIGHTS.map((weight) => ({ subset, weight, file: `be-vietnam-pro-${subset}-${weight}-normal.woff` })),
  );
}
