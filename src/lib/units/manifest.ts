/**
 * The manifest of unit lists, content/don-vi-hanh-chinh/danh-sach.json: which
 * lists exist, when each is valid, which CSV file holds it, and how lists map
 * onto each other. Parsed here without any I/O so the CMS can use it too.
 */
export interface ListEntry {
  id: string;
  label: string;
  shortLabel: string;
  validFrom: string;
  validTo: string | null;
  unitsFile: string;
  districtsFile: string | null;
  expectedCount: number | null;
  source: string;
}

export interface TransitionEntry {
  from: string;
  to: string;
  effective: string;
  file: string;
  fromColumn: string;
  toColumn: string;
  relationColumn: string;
  noteColumn: string | null;
  onlyWhere: { column: string; equals: string } | null;
}

export interface UnitManifest {
  province: { code: string; name: string };
  lists: ListEntry[];
  transitions: TransitionEntry[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const LIST_ID = /^[0-9a-z]+(-[0-9a-z]+)*$/;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function text(where: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') throw new Error(`${where} must be a non-empty string`);
  return value;
}

function optionalText(where: string, value: unknown): string | null {
  return value === null || value === undefined ? null : text(where, value);
}

function date(where: string, value: unknown): string {
  const iso = text(where, value);
  if (!ISO_DATE.test(iso)) throw new Error(`${where} must be a date as YYYY-MM-DD (got "${iso}")`);
  return iso;
}

/** Checks the manifest's parsed JSON; throws naming the file and the key when something is wrong. */
export function parseUnitManifest(file: string, data: unknown): UnitManifest {
  if (!isObject(data) || !Array.isArray(data.lists) || !Array.isArray(data.transitions) || !isObject(data.province)) {
    throw new Error(`${file}: expected an object with "province", "lists" and "transitions"`);
  }
  const province = { code: text(`${file}: province.code`, data.province.code), name: text(`${file}: province.name`, data.province.name) };
  const lists = data.lists.map((raw: unknown, index): ListEntry => {
    const where = `${file}: lists[${index}]`;
    if (!isObject(raw)) throw new Error(`${where} must be an object`);
    const id = text(`${where}.id`, raw.id);
    if (!LIST_ID.test(id)) throw new Error(`${where}.id must be lowercase letters, digits and "-" (got "${id}")`);
    const validFrom = date(`${where}.validFrom`, raw.validFrom);
    const validTo = raw.validTo === null ? null : date(`${where}.validTo`, raw.validTo);
    if (validTo !== null && validTo < validFrom) throw new Error(`${where}: validTo ${validTo} is before validFrom ${validFrom}`);
    const expected = raw.expectedCount;
    if (expected !== null && expected !== undefined && (typeof expected !== 'number' || !Number.isInteger(expected) || expected < 1)) {
      throw new Error(`${where}.expectedCount must be a positive whole number or null`);
    }
    return {
      id,
      label: text(`${where}.label`, raw.label),
      shortLabel: text(`${where}.shortLabel`, raw.shortLabel),
      validFrom,
      validTo,
      unitsFile: text(`${where}.unitsFile`, raw.unitsFile),
      districtsFile: optionalText(`${where}.districtsFile`, raw.districtsFile),
      expectedCount: typeof expected === 'number' ? expected : null,
      source: text(`${where}.source`, raw.source),
    };
  });
  const ids = new Set<string>();
  lists.forEach((list, index) => {
    if (ids.has(list.id)) throw new Error(`${file}: lists[${index}].id "${list.id}" is repeated`);
    ids.add(list.id);
    const previous = lists[index - 1];
    if (previous && (previous.validTo === null || previous.validTo >= list.validFrom)) {
      throw new Error(`${file}: lists[${index}] (${list.id}) starts ${list.validFrom}, before lists[${index - 1}] (${previous.id}) ends; order lists by date without overlap`);
    }
  });
  const transitions = data.transitions.map((raw: unknown, index): TransitionEntry => {
    const where = `${file}: transitions[${index}]`;
    if (!isObject(raw)) throw new Error(`${where} must be an object`);
    const from = text(`${where}.from`, raw.from);
    const to = text(`${where}.to`, raw.to);
    for (const id of [from, to]) if (!ids.has(id)) throw new Error(`${where}: no list with id "${id}"`);
    const onlyWhere = raw.onlyWhere;
    if (onlyWhere !== null && onlyWhere !== undefined && !isObject(onlyWhere)) throw new Error(`${where}.onlyWhere must be an object or null`);
    return {
      from,
      to,
      effective: date(`${where}.effective`, raw.effective),
      file: text(`${where}.file`, raw.file),
      fromColumn: text(`${where}.fromColumn`, raw.fromColumn),
      toColumn: text(`${where}.toColumn`, raw.toColumn),
      relationColumn: text(`${where}.relationColumn`, raw.relationColumn),
      noteColumn: optionalText(`${where}.noteColumn`, raw.noteColumn),
      onlyWhere: isObject(onlyWhere)
        ? { column: text(`${where}.onlyWhere.column`, onlyWhere.column), equals: text(`${where}.onlyWhere.equals`, onlyWhere.equals) }
        : null,
    };
  });
  return { province, lists, transitions };
}
