import { removeCopy } from '../scripts/lib/project-copy';

/** Removes the temporary copy of the project the CMS tests edited. */
export default function teardown(): void {
  if (process.env.CMS_TEST_SITE) removeCopy(process.env.CMS_TEST_SITE);
}
