import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { ReactNode } from 'react';
import type { SatoriFont } from './fonts';

export interface ImageSize {
  width: number;
  height: number;
}

/** Lays out an element tree with satori and rasterises it to PNG bytes with resvg. */
export async function renderPng(element: ReactNode, size: ImageSize, fonts: SatoriFont[]): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await satori(element, { ...size, fonts });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size.width } }).render().asPng();
  return new Uint8Array(png);
}

/** SVG text of the same layout, for tests that inspect the drawn glyphs. */
export function renderSvg(element: ReactNode, size: ImageSize, fonts: SatoriFont[]): Promise<string> {
  return satori(element, { ...size, fonts });
}
