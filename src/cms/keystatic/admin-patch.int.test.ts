import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isKeystaticBrowserFile, KEYSTATIC_PATCHES, KEYSTATIC_PHRASES_VI, KEYSTATIC_STRINGS_VI, REACT_ARIA_PHRASES_VI, reactAriaStringsOf, translateKeystatic, translateReactAria } from './admin-patch';

const dist = join(process.cwd(), 'node_modules/@keystatic/core/dist');
const browserFiles = readdirSync(dist)
  .map((name) => join(dist, name))
  .filter(isKeystaticBrowserFile);
const bundle = browserFiles.map((file) => readFileSync(file, 'utf8')).join('\n');

describe('Keystatic admin in Vietnamese', () => {
  it('finds every English phrase in the installed bundle (fails when Keystatic changes)', () => {
    const missing = KEYSTATIC_PHRASES_VI.map(([english]) => english).filter((english) => !bundle.includes(english));
    expect(missing).toEqual([]);
  });

  it('finds each behaviour patch exactly once in the installed bundle, and applies it', () => {
    const count = (text: string, part: string) => text.split(part).length - 1;
    expect(KEYSTATIC_PATCHES.map(([original]) => count(bundle, original))).toEqual(KEYSTATIC_PATCHES.map(() => 1));
    const translated = translateKeystatic(bundle);
    expect(KEYSTATIC_PATCHES.map(([original, patched]) => [count(translated, original), count(translated, patched)])).toEqual(KEYSTATIC_PATCHES.map(() => [0, 1]));
  });

  it('the list search patch finds an entry by its column values, tone marks, đ and case ignored', () => {
    const [, filter] = KEYSTATIC_PATCHES[0]!;
    const run = new Function('entriesWithData', 'searchTerm', 'collection', filter) as (entries: unknown[], term: string, collection: unknown) => { name: string }[];
    const entries = [
      { name: '2024/2021-11950', data: { unit: { list: '2021', code: '11950', name: 'Phường Lam Sơn' } } },
      { name: '2024/2021-12000', data: { unit: { list: '2021', code: '12000', name: 'Xã Đông Tảo' } } },
    ];
    const found = (term: string) => run(entries, term, { columns: ['unit'] }).map((entry) => entry.name);
    expect(found('lam son')).toEqual(['2024/2021-11950']);
    expect(found('Lam Sơn')).toEqual(['2024/2021-11950']);
    expect(found('dong tao')).toEqual(['2024/2021-12000']);
    expect(found('2021-1')).toEqual(['2024/2021-11950', '2024/2021-12000']);
    expect(run(entries, 'lam son', {}).map((entry) => entry.name)).toEqual([]);
  });

  it('replaces the whole en-US string table', () => {
    const translated = translateKeystatic(bundle);
    const table = /"en-US": \{([^}]*)\}/.exec(translated)?.[1] ?? '';
    for (const value of Object.values(KEYSTATIC_STRINGS_VI)) expect(table).toContain(value);
    expect(table).not.toContain('`Save`');
  });

  it('translates validation messages and leaves code that does not contain them alone', () => {
    expect(translateKeystatic('return `${fieldLabel} must be at least ${min} characters long`;')).toBe('return `${fieldLabel}: cần ít nhất ${min} ký tự`;');
    expect(translateKeystatic('const x = 1;')).toBe('const x = 1;');
  });

  it('only touches browser builds', () => {
    expect(isKeystaticBrowserFile('/n/node_modules/@keystatic/core/dist/keystatic-core-ui.js')).toBe(true);
    expect(isKeystaticBrowserFile('/n/node_modules/@keystatic/core/dist/keystatic-core-ui.node.js')).toBe(false);
    expect(isKeystaticBrowserFile('/n/node_modules/@keystatic/core/dist/index-1.worker.js')).toBe(false);
  });
});

describe('react-aria field strings in Vietnamese', () => {
  const intl = join(process.cwd(), 'node_modules/react-aria/dist/private/intl');
  for (const [component, phrases] of Object.entries(REACT_ARIA_PHRASES_VI)) {
    it(`translates every en-US string of ${component} (fails when react-aria changes)`, () => {
      const path = join(intl, component, 'en-US.mjs');
      expect(reactAriaStringsOf(path)).toBe(component);
      const source = readFileSync(path, 'utf8');
      const translated = translateReactAria(component, source);
      for (const [, vietnamese] of phrases) expect(translated).toContain(vietnamese);
      // Every quoted value of the en-US table has a Vietnamese replacement.
      const values = (code: string) => [...code.matchAll(/(?::|=>)\s*(`[^`]*`)/g)].map((m) => m[1]);
      const english = new Set(values(source));
      expect(values(translated).filter((value) => english.has(value))).toEqual([]);
    });
  }

  it('leaves other files alone', () => {
    expect(reactAriaStringsOf('/n/node_modules/react-aria/dist/private/intl/numberfield/fr-FR.mjs')).toBeNull();
    expect(reactAriaStringsOf('/n/node_modules/react-aria/dist/private/intl/toast/en-US.mjs')).toBeNull();
  });
});
