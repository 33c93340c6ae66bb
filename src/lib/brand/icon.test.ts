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
