import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRIMARY } from './colours';

// Vitest hands CSS imports over empty, so the stylesheet (source, not content) is read as text.
const tokens = readFileSync(new URL('../../styles/tokens.css', import.meta.url), 'utf8');

describe('the brand colour', () => {
  it('is the same in CSS (--color-primary) and in TypeScript', () => {
    const declared = /--color-primary:\s*([^;]+);/.exec(tokens)?.[1]?.trim();
    expect(declared?.toLowerCase()).toBe(PRIMARY.toLowerCase());
  });
});
