import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { familyFor, fontFiles, type SatoriFont } from '../lib/share/fonts';

let cached: SatoriFont[] | undefined;

/** Be Vietnam Pro from the installed npm package (never from the network), one family per subset. */
export function loadShareFonts(): SatoriFont[] {
  if (cached) return cached;
  const packageDir = dirname(createRequire(import.meta.url).resolve('@fontsource/be-vietnam-pro/package.json'));
  cached = fontFiles().map(({ subset, weight, file }) => ({
    name: familyFor(subset),
    data: readFileSync(join(packageDir, 'files', file)),
    weight,
    style: 'normal' as const,
  }));
  return cached;
}
