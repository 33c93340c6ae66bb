import { createReader } from '@keystatic/core/reader';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import keystaticConfig from '../../../keystatic.config';
import { slugify } from './slug';

// What a Keystatic slug field generates when given no `generate`: @sindresorhus/slugify, as
// @keystatic/core resolves it (a dependency of Keystatic's, not of this project).
const fromKeystatic = createRequire(createRequire(import.meta.url).resolve('@keystatic/core'))('@sindresorhus/slugify') as (text: string) => string;

/** Every shipped name a slug is generated from: the slug field of each collection that has one. */
async function shippedNames(): Promise<string[]> {
  const reader = createReader(process.cwd(), keystaticConfig);
  const names: string[] = [];
  for (const key of ['taiLieu', 'baiGiang', 'tinTuc', 'trang', 'keHoach'] as const) {
    const field = keystaticConfig.collections[key].slugField;
    for (const { entry } of await reader.collections[key].all()) names.push(String((entry as Record<string, unknown>)[field]));
  }
  return names;
}

// Keystatic's also splits a word at a lower-to-upper case change ("PrEP" → "pr-ep"); ours keeps such a word whole.
const MIXED_CASE = /\p{Ll}\p{Lu}/u;
/** Keystatic's slug of a name, with the words it split at a case change joined again. */
const keystaticJoined = (name: string) => fromKeystatic(name.replace(/\S+/g, (word) => (MIXED_CASE.test(word) ? word.toLowerCase() : word)));

describe('slugify on the shipped titles, against Keystatic’s own slug', () => {
  it('turns đ into d as Keystatic’s does', async () => {
    const withD = (await shippedNames()).filter((name) => /đ/i.test(name) && slugify(name).length < 80);
    expect(withD.length).toBeGreaterThan(5);
    for (const name of withD) expect(slugify(name), name).toBe(keystaticJoined(name));
  });

  it('differs only where Keystatic’s would pass 80 characters (or splits a mixed-case word), and some shipped titles do', async () => {
    const differing = (await shippedNames()).filter((name) => slugify(name) !== keystaticJoined(name));
    expect(differing.length).toBeGreaterThan(0);
    for (const name of differing) {
      expect(keystaticJoined(name).length, name).toBeGreaterThan(80);
      expect(keystaticJoined(name).startsWith(slugify(name)), name).toBe(true);
    }
  });
});
