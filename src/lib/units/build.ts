import type { ContentIssue, FieldIssue } from '../content/issues';
import { parseDistrictsCsv, parseTransitionCsv, parseUnitsCsv } from './csv-lists';
import type { UnitManifest } from './manifest';
import { createUnitRegistry, type UnitRegistry } from './registry';
import type { Transition, UnitList } from './types';

/** Where the reference data lives, relative to the project root. */
export const UNITS_DIR = 'content/don-vi-hanh-chinh';
export const UNITS_MANIFEST = `${UNITS_DIR}/danh-sach.json`;

/**
 * Builds the registry from the manifest and the CSV texts. `readText` returns a
 * file's text by its name in the folder, or null when it is missing. Problems
 * come back as content issues naming the file; the units that are fine are kept.
 */
export function buildUnitRegistry(
  manifest: UnitManifest,
  readText: (fileName: string) => string | null,
): { registry: UnitRegistry; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const inFile = (fileName: string, found: FieldIssue[]) => issues.push(...found.map((issue) => ({ ...issue, file: `${UNITS_DIR}/${fileName}` })));
  const read = (fileName: string, from: string): string | null => {
    const text = readText(fileName);
    if (text === null) {
      issues.push({
        file: UNITS_MANIFEST,
        field: from,
        problem: { vi: `không tìm thấy tệp ${UNITS_DIR}/${fileName}`, en: `file ${UNITS_DIR}/${fileName} is missing` },
      });
    }
    return text;
  };

  const lists: UnitList[] = manifest.lists.map((entry, index) => {
    let districts: UnitList['districts'] = [];
    if (entry.districtsFile) {
      const text = read(entry.districtsFile, `lists.${index}.districtsFile`);
      if (text !== null) {
        const parsed = parseDistrictsCsv(text);
        districts = parsed.districts;
        inFile(entry.districtsFile, parsed.issues);
      }
    }
    const text = read(entry.unitsFile, `lists.${index}.unitsFile`);
    const parsed = text === null ? { units: [], issues: [] } : parseUnitsCsv(text, entry.id, entry.districtsFile ? new Set(districts.map((d) => d.code)) : null);
    inFile(entry.unitsFile, parsed.issues);
    if (text !== null && entry.expectedCount !== null && parsed.units.length !== entry.expectedCount) {
      inFile(entry.unitsFile, [
        {
          field: 'rows',
          label: 'Số đơn vị',
          problem: {
            vi: `có ${parsed.units.length} đơn vị hợp lệ, danh mục ghi ${entry.expectedCount} (expectedCount trong danh-sach.json)`,
            en: `${parsed.units.length} valid units, manifest expects ${entry.expectedCount}`,
          },
        },
      ]);
    }
    const { id, label, shortLabel, validFrom, validTo, source } = entry;
    return { id, label, shortLabel, validFrom, validTo, source, units: parsed.units, districts };
  });

  const codesOf = (listId: string) => new Set(lists.find((list) => list.id === listId)?.units.map((unit) => unit.code));
  const transitions: Transition[] = manifest.transitions.map((entry, index) => {
    const text = read(entry.file, `transitions.${index}.file`);
    const parsed = text === null ? { links: [], issues: [] } : parseTransitionCsv(text, entry, codesOf(entry.from), codesOf(entry.to));
    inFile(entry.file, parsed.issues);
    return { from: entry.from, to: entry.to, effective: entry.effective, links: parsed.links };
  });

  return { registry: createUnitRegistry(manifest.province, lists, transitions), issues };
}
