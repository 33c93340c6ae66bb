import { PRIMARY } from './colours';

/** The programme mark: a check in a teal circle. One source for favicon, app icons and share images. */
export function iconSvg(size: number, { maskable = false } = {}): string {
  // Maskable icons keep the mark inside the central 80% safe zone on a full background.
  const background = maskable ? `<rect width="32" height="32" fill="${PRIMARY}"/>` : '';
  const circle = maskable ? '' : `<circle cx="16" cy="16" r="15" fill="${PRIMARY}"/>`;
  const scale = maskable ? 'translate(3.2 3.2) scale(0.8)' : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="${size}" height="${size}">` +
    `${background}${circle}<g transform="${scale}"><path d="M9 17l5 5 9-11" fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/></g></svg>`
  );
}
