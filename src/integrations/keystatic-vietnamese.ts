import { isKeystaticBrowserFile, translateKeystatic } from '../lib/cms/keystatic-vi';

const transform = (code: string, id: string) => (isKeystaticBrowserFile(id) ? { code: translateKeystatic(code), map: null } : null);

/**
 * Vite settings that translate the Keystatic admin into Vietnamese, both when
 * Vite pre-bundles dependencies (dev server) and when it builds (editing server).
 */
export function keystaticVietnamese() {
  const plugin = { name: 'keystatic-vietnamese', transform };
  return {
    plugins: [{ ...plugin, enforce: 'pre' as const }],
    optimizeDeps: { rolldownOptions: { plugins: [plugin] } },
  };
}
