import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { projectRoot } from './context';

const types: Record<string, string> = { '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg' };

/** An image under public/ (e.g. a poster's cover) as a data URI for the share and poster images; null if absent or of another type. */
export function publicImageDataUri(publicPath: string | null): string | null {
  if (!publicPath) return null;
  const type = types[extname(publicPath).toLowerCase()];
  const file = join(projectRoot(), 'public', publicPath);
  if (!type || !existsSync(file)) return null;
  return `data:${type};base64,${readFileSync(file).toString('base64')}`;
}

/** Width and height of an SVG (width/height or viewBox) or PNG (IHDR) under public/, so the page reserves its space; null when unknown. */
export function publicImageSize(publicPath: string | null): { width: number; height: number } | null {
  if (!publicPath) return null;
  const file = join(projectRoot(), 'public', publicPath);
  if (!existsSync(file)) return null;
  const extension = extname(publicPath).toLowerCase();
  if (extension === '.png') {
    const bytes = readFileSync(file);
    return bytes.length > 24 ? { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) } : null;
  }
  if (extension !== '.svg') return null;
  const svg = readFileSync(file, 'utf8').slice(0, 2000);
  const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1]);
  const height = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1]);
  if (width > 0 && height > 0) return { width, height };
  const box = /viewBox="[\d.-]+\s+[\d.-]+\s+([\d.]+)\s+([\d.]+)"/.exec(svg);
  return box ? { width: Number(box[1]), height: Number(box[2]) } : null;
}
