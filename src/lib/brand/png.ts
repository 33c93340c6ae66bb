import { Resvg } from '@resvg/resvg-js';

/** Renders an SVG string to PNG bytes. */
export function svgToPng(svg: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(new Resvg(svg).render().asPng());
}
