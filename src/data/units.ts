import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentIssue } from '../lib/content/issues';
import { buildUnitRegistry, UNITS_DIR, UNITS_MANIFEST } from '../lib/units/build';
import { parseUnitManifest } from '../lib/units/manifest';
import type { UnitRegistry } from '../lib/units/registry';
import { projectRoot } from './context';

export type { UnitRegistry } from '../lib/units/registry';

/**
 * Reads the unit lists under content/don-vi-hanh-chinh/ (a few hundred rows,
 * a few milliseconds). Problems come back as content issues; callers that
 * must not go on with bad reference data use getUnitRegistry().
 */
export function loadUnitRegistry(root: string = projectRoot()): { registry: UnitRegistry; issues: ContentIssue[] } {
  const manifestPath = join(root, UNITS_MANIFEST);
  let manifest;
  try {
    manifest = parseUnitManifest(UNITS_MANIFEST, JSON.parse(readFileSync(manifestPath, 'utf8')));
  } catch (error) {
    const message = (error as Error).message;
    return {
      registry: buildUnitRegistry({ province: { code: '', name: '' }, lists: [], transitions: [] }, () => null).registry,
      issues: [{ file: UNITS_MANIFEST, field: '(tệp)', problem: { vi: `không đọc được danh mục danh sách đơn vị (${message})`, en: message } }],
    };
  }
  return buildUnitRegistry(manifest, (fileName) => {
    const path = join(root, UNITS_DIR, fileName);
    return existsSync(path) ? readFileSync(path, 'utf8') : null;
  });
}

/** The registry, or an error naming every problem in the reference data. */
export function getUnitRegistry(root: string = projectRoot()): UnitRegistry {
  const { registry, issues } = loadUnitRegistry(root);
  if (issues.length > 0) {
    throw new Error(issues.map((issue) => `${issue.file} (${issue.field}): ${issue.problem.vi}. [EN] ${issue.problem.en}`).join('\n'));
  }
  return registry;
}
