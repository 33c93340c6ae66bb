import type { AstroIntegration } from 'astro';
import { routes } from '../lib/routes';

/** The desk's pages, injected only where editing happens (never in the public build). */
const ROUTES = [
  [routes.desk.home, 'index.astro'],
  [routes.desk.template, 'template.ts'],
  [routes.desk.check, 'check.astro'],
  [routes.desk.write, 'write.astro'],
  [routes.desk.oneActivity, 'one.astro'],
  [routes.desk.reports, 'reports.astro'],
  [routes.desk.close, 'close.astro'],
  [routes.desk.history, 'history.astro'],
  [routes.desk.officialReport, 'official-report.ts'],
  [routes.desk.waves, 'waves.astro'],
  [routes.desk.worker, 'worker.ts'],
] as const;

/**
 * Nhập liệu: the officers' data desk at /nhap-lieu/, beside the CMS. Served
 * by the dev server (local mode, this machine only) and by the editing server
 * (`CMS_SERVER=1`, GitHub mode, signed-in editors with write access).
 */
export function dataDesk(options: { enabled: (command: string) => boolean }): AstroIntegration {
  return {
    name: 'data-desk',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (!options.enabled(command)) return;
        for (const [pattern, file] of ROUTES) {
          injectRoute({ pattern: pattern.replace(/\/$/, ''), entrypoint: new URL(`./pages/${file}`, import.meta.url), prerender: false });
        }
      },
    },
  };
}
