import { removeCopy } from '../scripts/lib/project-copy';

/**
 * Removes the temporary copy of the project the CMS tests edited. Playwright
 * runs this before it stops the copy's dev server, which may still be writing
 * its caches: if the folder cannot be removed yet, it is removed when the
 * runner exits, after the server has stopped.
 */
export default function teardown(): void {
  const copy = process.env.CMS_TEST_SITE;
  if (!copy) return;
  try {
    removeCopy(copy);
  } catch {
    process.once('exit', () => {
      try {
        removeCopy(copy);
      } catch (error) {
        console.warn(`Could not remove the CMS test copy ${copy}: ${(error as Error).message}`);
      }
    });
  }
}
