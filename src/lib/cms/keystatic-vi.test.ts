import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isKeystaticBrowserFile, KEYSTATIC_PHRASES_VI, KEYSTATIC_STRINGS_VI, translateKeystatic } from './keystatic-vi';

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
