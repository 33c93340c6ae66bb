import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setDataContext } from './context';
import { publicImageDataUri, publicImageSize } from './public-image';

describe('public images of posters', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'public-image-'));
    mkdirSync(join(root, 'public', 'tai-lieu', 'a'), { recursive: true });
    writeFileSync(join(root, 'public', 'tai-lieu', 'a', 'sized.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400"></svg>');
    writeFileSync(join(root, 'public', 'tai-lieu', 'a', 'box.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 150"></svg>');
    const png = Buffer.alloc(32);
    png.writeUInt32BE(1240, 16);
    png.writeUInt32BE(1754, 20);
    writeFileSync(join(root, 'public', 'tai-lieu', 'a', 'p.png'), png);
    setDataContext({ root });
  });
  afterAll(() => {
    setDataContext({});
    rmSync(root, { recursive: true, force: true });
  });

  it('reads the size from width and height, the viewBox, or the PNG header', () => {
    expect(publicImageSize('/tai-lieu/a/sized.svg')).toEqual({ width: 600, height: 400 });
    expect(publicImageSize('/tai-lieu/a/box.svg')).toEqual({ width: 300, height: 150 });
    expect(publicImageSize('/tai-lieu/a/p.png')).toEqual({ width: 1240, height: 1754 });
    expect(publicImageSize('/tai-lieu/a/missing.svg')).toBeNull();
    expect(publicImageSize(null)).toBeNull();
  });

  it('gives an SVG as a data URI for the share and poster images', () => {
    expect(publicImageDataUri('/tai-lieu/a/box.svg')).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(publicImageDataUri('/tai-lieu/a/missing.svg')).toBeNull();
  });
});
