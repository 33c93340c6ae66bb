import type { FieldIssue } from '../../lib/content/issues';
import { fieldMessage, type FieldMessageKey } from './vietnamese';

/**
 * Keystatic's English field messages, each mapped onto one key of the
 * Vietnamese table (vietnamese.ts), in both places Keystatic writes them:
 * - `reported`: the message as its field parsers and reader report it at
 *   build time; named groups are the Vietnamese message's arguments;
 * - `admin`: the source fragments of @keystatic/core's browser bundle that
 *   write it in the editor, with the JavaScript expression for each argument
 *   and how many times the fragment occurs in the installed bundle
 *   (admin-patch.int.test.ts counts them, so an upgrade fails loudly here).
 * Pinned to @keystatic/core 0.6.9.
 */
export interface KeystaticMessage {
  key: FieldMessageKey;
  reported: RegExp;
  admin: readonly MessageSite[];
}

export interface MessageSite {
  /** Exact source text: a template literal, a quoted string or a JSX children array. */
  code: string;
  /** Argument name → the expression holding it in `code`; `label` makes the editor put the label first. */
  args?: Readonly<Record<string, string>>;
  count: number;
}

const NUMBER = String.raw`-?\d+(?:\.\d+)?`;

export const KEYSTATIC_MESSAGES: readonly KeystaticMessage[] = [
  {
    key: 'isRequired',
    reported: /^(?<label>.*) is required$/,
    admin: [
      { code: '`${label} is required`', args: { label: 'label' }, count: 6 },
      { code: '`${props.label} is required`', args: { label: 'props.label' }, count: 2 },
      { code: '[props.label, " is required"]', args: { label: 'props.label' }, count: 2 },
    ],
  },
  {
    key: 'mustNotBeEmpty',
    reported: /^(?<label>.*) must not be empty$/,
    admin: [{ code: '`${fieldLabel} must not be empty`', args: { label: 'fieldLabel' }, count: 2 }],
  },
  {
    key: 'mustBeAtLeastCharactersLong',
    reported: /^(?<label>.*) must be at least (?<min>\d+) characters long$/,
    admin: [{ code: '`${fieldLabel} must be at least ${min} characters long`', args: { label: 'fieldLabel', min: 'min' }, count: 1 }],
  },
  {
    key: 'mustBeNoLongerThanCharacters',
    reported: /^(?<label>.*) must be no longer than (?<max>\d+) characters$/,
    admin: [{ code: '`${fieldLabel} must be no longer than ${max} characters`', args: { label: 'fieldLabel', max: 'max' }, count: 1 }],
  },
  {
    key: 'mustBeUnique',
    reported: /^(?<label>.*) must be unique$/,
    admin: [{ code: '`${fieldLabel} must be unique`', args: { label: 'fieldLabel' }, count: 1 }],
  },
  {
    key: 'mustBeANumber',
    reported: /^(?<label>.*) must be a number$/,
    admin: [{ code: '`${label} must be a number`', args: { label: 'label' }, count: 1 }],
  },
  { key: 'mustBeANumber', reported: /^Must be a number$/, admin: [{ code: "'Must be a number'", count: 2 }] },
  {
    key: 'mustBeAWholeNumber',
    reported: /^(?<label>.*) must be a whole number$/,
    admin: [{ code: '`${label} must be a whole number`', args: { label: 'label' }, count: 1 }],
  },
  {
    key: 'mustBeAtLeast',
    reported: new RegExp(`^(?<label>.*) must be at least (?<min>${NUMBER})$`),
    admin: [{ code: '`${label} must be at least ${validation.min}`', args: { label: 'label', min: 'validation.min' }, count: 2 }],
  },
  {
    key: 'mustBeAtMost',
    reported: new RegExp(`^(?<label>.*) must be at most (?<max>${NUMBER})$`),
    admin: [{ code: '`${label} must be at most ${validation.max}`', args: { label: 'label', max: 'validation.max' }, count: 2 }],
  },
  {
    key: 'isNotAValidDate',
    reported: /^(?<label>.*) is not a valid date$/,
    admin: [{ code: '`${label} is not a valid date`', args: { label: 'label' }, count: 1 }],
  },
  { key: 'mustBeAStringOrDate', reported: /^Must be a string or date$/, admin: [{ code: "'Must be a string or date'", count: 1 }] },
  { key: 'mustBeAValidOption', reported: /^Must be a valid option$/, admin: [{ code: "'Must be a valid option'", count: 1 }] },
  {
    key: 'mustBeAnArrayWithOneOf',
    reported: /^Must be an array with one of (?<options>.*)$/,
    admin: [{ code: "`Must be an array with one of ${options.map(x => x.value).join(', ')}`", args: { options: "options.map(x => x.value).join(', ')" }, count: 1 }],
  },
  { key: 'mustBeAnArrayOfOptions', reported: /^Must be an array of options$/, admin: [{ code: "'Must be an array of options'", count: 1 }] },
  { key: 'mustBeAString', reported: /^Must be a string$/, admin: [{ code: "'Must be a string'", count: 15 }] },
  { key: 'mustBeAString', reported: /^Must be string$/, admin: [{ code: "'Must be string'", count: 2 }] },
  { key: 'mustBeABoolean', reported: /^Must be a boolean$/, admin: [{ code: "'Must be a boolean'", count: 1 }] },
  { key: 'mustBeAnArray', reported: /^Must be an array$/, admin: [{ code: "'Must be an array'", count: 1 }] },
  { key: 'mustBeAnObject', reported: /^Must be an object$/, admin: [{ code: "'Must be an object'", count: 3 }] },
  {
    key: 'mustHaveAtLeastElements',
    reported: /^Must have at least (?<min>\d+) elements?$/,
    admin: [
      {
        code: "`Must have at least ${schema.validation.length.min} element${schema.validation.length.min === 1 ? '' : 's'}`",
        args: { min: 'schema.validation.length.min' },
        count: 1,
      },
      // The array and multi-relationship fields' own wording ("Must have at least 2 items.").
      { code: '`Must have at least ${pluralize(minLength, {\n          singular: "item"\n        })}.`', args: { min: 'minLength' }, count: 1 },
      { code: "`Must have at least ${pluralize(minLength, {\n      singular: 'item'\n    })}.`", args: { min: 'minLength' }, count: 1 },
    ],
  },
  {
    key: 'mustHaveAtMostElements',
    // Keystatic 0.6.9 ends this one with a stray "}".
    reported: /^Must have at most (?<max>\d+) elements?\}?$/,
    admin: [
      {
        code: "`Must have at most ${schema.validation.length.max} element${schema.validation.length.max === 1 ? '' : 's'}}`",
        args: { max: 'schema.validation.length.max' },
        count: 1,
      },
      { code: '`Must have at most ${pluralize(maxLength, {\n            singular: "item"\n          })}.`', args: { max: 'maxLength' }, count: 1 },
      { code: "`Must have at most ${pluralize(maxLength, {\n      singular: 'item'\n    })}.`", args: { max: 'maxLength' }, count: 1 },
    ],
  },
  {
    key: 'keyOnObjectValueIsNotAllowed',
    reported: /^Key on object value "(?<key>.*)" is not allowed$/,
    admin: [{ code: '`Key on object value "${key}" is not allowed`', args: { key: 'key' }, count: 1 }],
  },
];

/**
 * A Keystatic field message for a content error: the Vietnamese from the
 * table, the English kept for developers. A message the table does not know
 * (including a pattern message the schema wrote in Vietnamese) is kept whole
 * inside "không hợp lệ (…)".
 */
export function translateFieldMessage(message: string): { vi: string; en: string } {
  for (const { key, reported } of KEYSTATIC_MESSAGES) {
    const match = reported.exec(message);
    if (match) return { vi: fieldMessage(key, match.groups ?? {}), en: message };
  }
  return { vi: fieldMessage('invalid', { message }), en: message };
}

/**
 * Splits the error Keystatic's reader throws for an invalid entry
 * ("Invalid data for …:\nfield.path: message\n…") into field issues.
 */
export function parseReaderError(message: string): FieldIssue[] {
  const lines = message.split('\n').slice(message.startsWith('Invalid data for') ? 1 : 0);
  const issues: FieldIssue[] = [];
  for (const line of lines) {
    const match = line.match(/^([^:\s]*): (.*)$/);
    if (match) {
      issues.push({ field: match[1] || '(tệp)', problem: translateFieldMessage(match[2] ?? '') });
    } else if (line.trim() !== '') {
      issues.push({ field: '(tệp)', problem: { vi: fieldMessage('unreadableFile', { message: line.trim() }), en: line.trim() } });
    }
  }
  return issues;
}
