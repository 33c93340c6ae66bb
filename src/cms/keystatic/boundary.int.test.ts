import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Source files of the project outside the adapter, relative to the root. */
function sources(dir: string): string[] {
  return readdirSync(join(process.cwd(), dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path.split(sep).join('/') === 'src/cms/keystatic' ? [] : sources(path);
    return /\.(ts|tsx|mjs|astro)$/.test(entry.name) ? [relative(process.cwd(), join(process.cwd(), path)).split(sep).join('/')] : [];
  });
}

const files = [...sources('src'), ...sources('scripts'), 'astro.config.mjs'];

describe('the Keystatic adapter is the only code that touches Keystatic internals', () => {
  it('others import it through its index (astro.config.mjs takes the Vite plugin)', () => {
    const deep = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/from '([^']*cms\/keystatic\/[^']+)'/g)]
        .filter((m) => !(file === 'astro.config.mjs' && m[1] === './src/cms/keystatic/vite-plugin.ts'))
        .map((m) => `${file}: ${m[1]}`),
    );
    expect(deep).toEqual([]);
  });

  it('nothing else reads Keystatic’s bundle, its field parsers or its reader’s error text', () => {
    const internals = ['@keystatic/core/dist', 'node_modules/@keystatic', 'parseWithSlug', '.reader.parse(', 'Invalid data for', 'FieldDataError'];
    const found = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return internals.filter((internal) => text.includes(internal)).map((internal) => `${file}: ${internal}`);
    });
    expect(found).toEqual([]);
  });
});
