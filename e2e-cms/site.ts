import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The temporary copy of the project the CMS tests edit (made by
 * playwright.cms.config.ts): every path here is inside it, never the project.
 */
export const SITE = process.env.CMS_TEST_SITE ?? '';
if (SITE === '') throw new Error('CMS_TEST_SITE is not set: run these tests with -c playwright.cms.config.ts.');

/** A path inside the copy, e.g. site('content/ke-hoach-huyen/2021-323.yaml'). */
export const site = (path: string) => join(SITE, path);

/** A file's text in the copy, or '' while it does not exist. */
export const readSiteFile = (path: string) => (existsSync(site(path)) ? readFileSync(site(path), 'utf8') : '');

/** Removes a file or folder in the copy (the test's own starting point). */
export const removeSiteFile = (path: string) => rmSync(site(path), { recursive: true, force: true });
