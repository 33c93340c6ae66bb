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
