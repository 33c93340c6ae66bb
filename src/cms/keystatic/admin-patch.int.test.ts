import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import {
  ADMIN_WORD_SITES,
  adminReplacements,
  isKeystaticBrowserFile,
  KEYSTATIC_PATCHES,
  LOCALE_PATCH,
  reactAriaStringsOf,
  translateKeystatic,
  translateReactAria,
  vietnameseMessageCode,
  vietnameseWordCode,
  type ReactAriaComponent,
} from './admin-patch';
import { KEYSTATIC_MESSAGES } from './messages';
import { adminWords, fieldMessageWithLabel, keystaticStrings, reactAriaStrings } from './vietnamese';

const dist = join(process.cwd(), 'node_modules/@keystatic/core/dist');
const browserFiles = readdirSync(dist)
  .map((name) => join(dist, name))
  .filter(isKeystaticBrowserFile);
const bundle = browserFiles.map((file) => readFileSync(file, 'utf8')).join('\n');
const count = (text: string, part: string) => text.split(part).length - 1;

describe('Keystatic admin in Vietnamese', () => {
  it('finds every English fragment it replaces exactly as often as pinned in the installed bundle (fails when Keystatic changes)', () => {
    const found = adminReplacements().map(({ english, count: pinned }) => ({ english, pinned, found: count(bundle, english) }));
    expect(found.filter((fragment) => fragment.found !== fragment.pinned)).toEqual([]);
    // Every fragment is one place in the code, not a part of another fragment.
    const fragments = adminReplacements().map(({ english }) => english);
    expect(fragments.filter((english, index) => fragments.some((other, at) => at !== index && other.includes(english)))).toEqual([]);
  });

  it('replaces every English fragment, and each patched file is still valid JavaScript', () => {
    const translated = browserFiles.map((file) => translateKeystatic(readFileSync(file, 'utf8')));
    const all = translated.join('\n');
    expect(adminReplacements().filter(({ english }) => count(all, english) > 0).map(({ english }) => english)).toEqual([]);
    for (const { replacement, count: pinned } of adminReplacements()) expect(count(all, replacement)).toBeGreaterThanOrEqual(pinned);
    const broken = translated.flatMap((code, index) => {
      const { diagnostics = [] } = ts.transpileModule(code, { fileName: browserFiles[index]!, reportDiagnostics: true, compilerOptions: { allowJs: true, noEmit: true } });
      return diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error).map((d) => `${browserFiles[index]}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    });
    expect(broken).toEqual([]);
  });

  it('finds each behaviour patch exactly once in the installed bundle, and applies it', () => {
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
    for (const value of Object.values(keystaticStrings)) expect(table).toContain(value);
    expect(table).not.toContain('`Save`');
    // Every key of Keystatic's en-US table has a Vietnamese string, and no other key is made up.
    const keys = [...(/"en-US": \{([^}]*)\}/.exec(bundle)?.[1] ?? '').matchAll(/"(\w+)": `/g)].map((m) => m[1]);
    expect(Object.keys(keystaticStrings).sort()).toEqual(keys.sort());
  });

  it('writes each admin word and the vi-VN locale where the English was', () => {
    const translated = translateKeystatic(bundle);
    for (const site of ADMIN_WORD_SITES) expect(translated).toContain(vietnameseWordCode(site));
    expect(new Set(ADMIN_WORD_SITES.map((site) => site.key))).toEqual(new Set(Object.keys(adminWords)));
    expect(count(translated, LOCALE_PATCH[1])).toBe(1);
  });

  it('translates validation messages and leaves code that does not contain them alone', () => {
    expect(translateKeystatic('return `${fieldLabel} must be at least ${min} characters long`;')).toBe('return `${fieldLabel}: cần ít nhất ${min} ký tự`;');
    expect(translateKeystatic('x = { children: [props.label, " is required"] };')).toBe('x = { children: [props.label, ": bắt buộc phải điền"] };');
    expect(translateKeystatic("throw new FieldDataError('Must be a valid option');")).toBe("throw new FieldDataError('giá trị không nằm trong danh sách được chọn');");
    expect(translateKeystatic('const x = 1;')).toBe('const x = 1;');
  });

  it('the editor says each field message with the words of the one table, label first', () => {
    // Run the patched code of each place that takes a label, with a label and numbers.
    const args: Record<string, unknown> = { min: 5, max: 9, key: 'ghi_chu', options: [{ value: 'a' }, { value: 'b' }] };
    for (const message of KEYSTATIC_MESSAGES) {
      for (const site of message.admin) {
        if (!site.args || !('label' in site.args)) continue;
        const code = vietnameseMessageCode(message.key, site);
        const names = ['label', 'fieldLabel', 'props', 'validation', 'min', 'max', 'key', 'options'];
        const shown = new Function(...names, `return ${code};`)('Mô tả ngắn', 'Mô tả ngắn', { label: 'Mô tả ngắn' }, { min: 5, max: 9 }, args['min'], args['max'], args['key'], args['options']) as unknown;
        const text = Array.isArray(shown) ? shown.join('') : shown;
        expect(text).toBe(fieldMessageWithLabel(message.key, 'Mô tả ngắn', { min: 5, max: 9 }));
      }
    }
  });

  it('only touches browser builds', () => {
    expect(isKeystaticBrowserFile('/n/node_modules/@keystatic/core/dist/keystatic-core-ui.js')).toBe(true);
    expect(isKeystaticBrowserFile('/n/node_modules/@keystatic/core/dist/keystatic-core-ui.node.js')).toBe(false);
    expect(isKeystaticBrowserFile('/n/node_modules/@keystatic/core/dist/index-1.worker.js')).toBe(false);
  });
});

describe('react-aria field strings in Vietnamese', () => {
  const intl = join(process.cwd(), 'node_modules/react-aria/dist/private/intl');
  for (const component of Object.keys(reactAriaStrings) as ReactAriaComponent[]) {
    it(`translates every en-US string of ${component} (fails when react-aria changes)`, () => {
      const path = join(intl, component, 'en-US.mjs');
      expect(reactAriaStringsOf(path)).toBe(component);
      const source = readFileSync(path, 'utf8');
      const translated = translateReactAria(component, source);
      for (const vietnamese of Object.values(reactAriaStrings[component])) expect(translated).toContain(vietnamese.replace(/\{(\w+)\}/g, '${args.$1}'));
      // Every quoted value of the en-US table has a Vietnamese replacement, and every Vietnamese key is in the table.
      const values = (code: string) => [...code.matchAll(/(?::|=>)\s*(`[^`]*`)/g)].map((m) => m[1]);
      const english = new Set(values(source));
      expect(values(translated).filter((value) => english.has(value))).toEqual([]);
      const keys = [...source.matchAll(/^\s*"([^"]+)": /gm)].map((m) => m[1]);
      expect(Object.keys(reactAriaStrings[component]).sort()).toEqual(keys.sort());
    });
  }

  it('leaves other files alone', () => {
    expect(reactAriaStringsOf('/n/node_modules/react-aria/dist/private/intl/numberfield/fr-FR.mjs')).toBeNull();
    expect(reactAriaStringsOf('/n/node_modules/react-aria/dist/private/intl/toast/en-US.mjs')).toBeNull();
  });
});
