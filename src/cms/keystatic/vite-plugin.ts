import { isKeystaticBrowserFile, reactAriaStringsOf, translateKeystatic, translateReactAria } from './admin-patch';

const transform = (code: string, id: string) => {
  if (isKeystaticBrowserFile(id)) return { code: translateKeystatic(code), map: null };
  const component = reactAriaStringsOf(id);
  return component ? { code: translateReactAria(component, code), map: null } : null;
};

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
