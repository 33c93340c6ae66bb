import { describe, expect, it } from 'vitest';
import { iconSvg } from './icon';
import { svgToPng } from './png';

describe('app icons', () => {
  it('renders a PNG of the requested size', () => {
    const png = svgToPng(iconSvg(192));
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    const view = new DataView(png.buffer, png.byteOffset);
    expect(view.getUint32(16)).toBe(192);
    expect(view.getUint32(20)).toBe(192);
  });
});

describe('favicon.ico', () => {
  it('holds the 32 px PNG behind a one-image ICO directory', async () => {
    const { pngToIco } = await import('./ico');
    const png = svgToPng(iconSvg(32));
    const ico = pngToIco(png, 32);
    const view = new DataView(ico.buffer);
    expect([view.getUint16(0, true), view.getUint16(2, true), view.getUint16(4, true)]).toEqual([0, 1, 1]);
    expect([view.getUint8(6), view.getUint32(14, true), view.getUint32(18, true)]).toEqual([32, png.length, 22]);
    expect(ico.slice(22)).toEqual(png);
  });
});
