/**
 * The programme's teal, for what TypeScript draws or declares: the icons, the
 * share images, the manifest's and the pages' theme colour. CSS reads the same
 * value as --color-primary in src/styles/tokens.css (a test keeps the two equal).
 */
export const PRIMARY = '#0b5566';
