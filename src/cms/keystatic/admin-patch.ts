import { KEYSTATIC_MESSAGES, type MessageSite } from './messages';
import { adminWords, fieldMessages, formatMessage, keystaticStrings, reactAriaStrings } from './vietnamese';

/**
 * The Keystatic admin in Vietnamese. Keystatic ships no vi-VN locale, so its
 * browser bundle is rewritten at build time (vite-plugin.ts): the en-US
 * string table gets the words of `keystaticStrings`, the English it writes
 * inline gets `adminWords` and its field messages get `fieldMessages` (the
 * table content errors use too), and KEYSTATIC_PATCHES change a few
 * behaviours. Every fragment below is exact source text of @keystatic/core
 * 0.6.9 with the number of times it occurs in the installed browser bundle;
 * admin-patch.int.test.ts counts them, so an upgrade fails there, loudly.
 */

export type AdminWordKey = keyof typeof adminWords;

export interface AdminWordSite {
  key: AdminWordKey;
  /** Exact source text around the words. */
  code: string;
  /** The English words inside `code`, as written there; the Vietnamese takes their place. */
  english: string;
  count: number;
}

const word = (key: AdminWordKey, english: string, count: number, code = `"${english}"`): AdminWordSite => ({ key, code, english, count });
const ariaLabel = (key: AdminWordKey, english: string, count: number) => word(key, english, count, `"aria-label": "${english}"`);

/** Where the admin writes each of `adminWords` in English. */
export const ADMIN_WORD_SITES: readonly AdminWordSite[] = [
  word('resetChanges', 'Reset changes', 1),
  word('copyEntry', 'Copy entry', 2),
  word('copyEntry', 'Copy entry', 1, "'Copy entry'"),
  word('pasteEntry', 'Paste entry', 2),
  word('pasteEntry', 'Paste entry', 1, "'Paste entry'"),
  word('preview', 'Preview', 2),
  word('unsaved', 'Unsaved', 3),
  word('entryNotFound', 'Entry not found.', 2),
  word('areYouSureThisActionCannotBeUndone', 'Are you sure? This action cannot be undone.', 1),
  word('chooseFile', 'Choose file', 5),
  word('addItem', 'Add item', 1),
  word('remove', 'Remove', 17),
  word('done', 'Done', 5),
  word('textBlock', 'Text block', 2),
  word('editItem', 'Edit item', 1),
  word('emptyList', 'Empty list', 1),
  word('addTheFirstItemToSeeItHere', 'Add the first item to see it here.', 1),
  word('paragraph', 'Paragraph', 2, "'Paragraph'"),
  ariaLabel('openAppNavigation', 'Open app navigation', 1),
  word('reset', 'Reset', 1, 'label: "Reset",'),
  word('reset', 'Reset', 1, "label: 'Reset',"),
  word('deleteEntry', 'Delete entry\\u2026', 1),
  word('duplicateEntry', 'Duplicate entry\\u2026', 1),
  word('viewOnGitHub', 'View on GitHub', 2),
  ariaLabel('showSearch', 'show search', 1),
  ariaLabel('loadingEntries', 'Loading Entries', 1),
  ariaLabel('status', 'Status', 1),
  ariaLabel('savingChanges', 'Saving changes', 1),
  ariaLabel('loadingItem', 'Loading Item', 2),
  ariaLabel('creatingEntry', 'Creating entry', 1),
  ariaLabel('addButton', 'Add', 1),
  ariaLabel('changed', 'Changed', 1),
  ariaLabel('userMenu', 'User menu', 1),
  word('logOut', 'Log out', 1, 'label: "Log out"'),
  word('account', 'Account', 1, 'label: "Account"'),
  word('imageLibrary', 'Image library', 1, 'label: "Image library"'),
  ariaLabel('language', 'Language', 1),
  ariaLabel('theme', 'theme', 1),
  word('startWritingOrPressSlashForCommands', 'Start writing or press "/" for commands…', 1, `placeholderPlugin('Start writing or press "/" for commands…')`),
];

/**
 * Dates as dd/mm/yyyy and numbers as 1.234 in the admin's fields (react-aria
 * formats by this locale; strings it has no vi-VN table for fall back to the
 * en-US tables, translated by translateReactAria).
 */
export const LOCALE_PATCH: readonly [string, string, number] = ["locale: config.locale || 'en-US'", "locale: config.locale || 'vi-VN'", 1];

/**
 * Changes of behaviour, not of wording, each found exactly once in the
 * browser bundle (a test counts them): a collection's list finds an entry by
 * the values of its columns too, with tone marks, đ and case ignored (the
 * activity files are named 2024/2021-11950; an officer searches "lam son");
 * an object column (the activity file's unit) shows its name and code; the
 * dashboard links the officers' data desk.
 */
export const KEYSTATIC_PATCHES: [string, string][] = [
  [
    'return entriesWithData.filter(item => item.name.toLowerCase().includes(searchTerm.toLowerCase()));',
    "return entriesWithData.filter(item => { const fold = text => String(text).normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').replace(/[\\u0111\\u0110]/g, 'd').toLowerCase(); const query = fold(searchTerm); const columns = (collection.columns || []).map(column => JSON.stringify(item.data ? item.data[column] ?? '' : '')).join(' '); return fold(item.name).includes(query) || fold(columns).includes(query); });",
  ],
  [
    "val = val + '';",
    "val = typeof val === 'object' ? (typeof val.name === 'string' ? val.name + (typeof val.code === 'string' ? ' (mã ' + val.code + ')' : '') : JSON.stringify(val)) : val + '';",
  ],
  ["name: 'Slug',", "name: 'Tệp (năm/danh sách-mã)',"],
  [
    'children: [t3, t4, t5]',
    'children: [/*#__PURE__*/jsx("p", { style: { fontSize: "1.125rem", margin: 0 }, children: /*#__PURE__*/jsx("a", { href: "/nhap-lieu/", children: "Nhập liệu hoạt động tuyên truyền: tải mẫu Excel, nhập tệp báo cáo, ghi một hoạt động \u2192" }) }), t3, t4, t5]',
  ],
];


/** Escapes text for inside a string literal quoted with `quote` (a template literal when it is a backtick). */
function escapeFor(quote: string, text: string): string {
  const escaped = text.replace(/\\/g, '\\\\').split(quote).join(`\\${quote}`);
  return quote === '`' ? escaped.replace(/\$\{/g, '\\${') : escaped;
}

/**
 * Source text that writes `template` ({name} arguments filled from the
 * expressions in `args`) in the same form as `code`: a template literal, a
 * quoted string or a JSX children array.
 */
function codeFor(code: string, template: string, args: Readonly<Record<string, string>>): string {
  const pieces = template.split(/(\{\w+\})/).filter((piece) => piece !== '');
  const expression = (piece: string) => {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    if (name === undefined) return undefined;
    const value = args[name];
    if (value === undefined) throw new Error(`No expression for {${name}} in ${code}`);
    return value;
  };
  const form = code.charAt(0);
  if (form === '`') return `\`${pieces.map((piece) => (expression(piece) === undefined ? escapeFor('`', piece) : `\${${expression(piece)}}`)).join('')}\``;
  if (form === '[') return `[${pieces.map((piece) => expression(piece) ?? JSON.stringify(piece)).join(', ')}]`;
  if (pieces.some((piece) => expression(piece) !== undefined)) throw new Error(`A quoted string cannot hold arguments: ${code}`);
  return `${form}${escapeFor(form, template)}${form}`;
}

/** The Vietnamese source text for one place the admin writes a field message. */
export function vietnameseMessageCode(key: keyof typeof fieldMessages, site: MessageSite): string {
  const args = site.args ?? {};
  // The editor puts the label first; the label's expression stays an argument.
  const template = 'label' in args ? formatMessage(fieldMessages.fieldWithLabel, { message: fieldMessages[key] }) : fieldMessages[key];
  return codeFor(site.code, template, args);
}

/** The Vietnamese source text for one place the admin writes one of `adminWords`. */
export function vietnameseWordCode(site: AdminWordSite): string {
  const at = site.code.lastIndexOf(site.english);
  const quote = site.code.charAt(at - 1);
  return `${site.code.slice(0, at)}${escapeFor(quote, adminWords[site.key])}${site.code.slice(at + site.english.length)}`;
}

/** Every replacement the admin patch makes, English fragment → Vietnamese (or patched) fragment, with the pinned count. */
export function adminReplacements(): { english: string; replacement: string; count: number }[] {
  return [
    ...ADMIN_WORD_SITES.map((site) => ({ english: site.code, replacement: vietnameseWordCode(site), count: site.count })),
    { english: LOCALE_PATCH[0], replacement: LOCALE_PATCH[1], count: LOCALE_PATCH[2] },
    ...KEYSTATIC_MESSAGES.flatMap((message) =>
      message.admin.map((site) => ({ english: site.code, replacement: vietnameseMessageCode(message.key, site), count: site.count })),
    ),
    ...KEYSTATIC_PATCHES.map(([english, replacement]) => ({ english, replacement, count: 1 })),
  ];
}

const REPLACEMENTS = adminReplacements();

/** Rewrites the en-US table (the first one in the bundle) with the Vietnamese l10n strings. */
function replaceStringTable(code: string): string {
  return code.replace(/"en-US": \{([^}]*)\}/, (table: string) =>
    Object.entries(keystaticStrings).reduce(
      (result, [key, value]) => result.replace(new RegExp(`"${key}": \`[^\`]*\``), () => `"${key}": \`${escapeFor('`', value)}\``),
      table,
    ),
  );
}

/** Vietnamese version of one Keystatic bundle file; files without these fragments come back unchanged. */
export function translateKeystatic(code: string): string {
  let result = code.includes('"en-US": {') ? replaceStringTable(code) : code;
  for (const { english, replacement } of REPLACEMENTS) result = result.split(english).join(replacement);
  return result;
}

/** Browser builds of @keystatic/core (not the .node / .worker / react-server ones). */
export function isKeystaticBrowserFile(id: string): boolean {
  return /@keystatic[\\/]core[\\/]dist[\\/][^\\/]+\.js$/.test(id) && !/\.(node|worker|react-server)\.js$|\.node\.react-server\.js$/.test(id);
}

export type ReactAriaComponent = keyof typeof reactAriaStrings;

const REACT_ARIA_EN = /react-aria[\\/]dist[\\/]private[\\/]intl[\\/]([a-z]+)[\\/]en-US\.m?js$/;

/** The react-aria component whose en-US string table this file is, if it is one we translate. */
export function reactAriaStringsOf(id: string): ReactAriaComponent | null {
  const component = REACT_ARIA_EN.exec(id)?.[1];
  return component !== undefined && component in reactAriaStrings ? (component as ReactAriaComponent) : null;
}

/** The Vietnamese version of a react-aria en-US string table: each key's value replaced, in react-aria's compiled form. */
export function translateReactAria(component: ReactAriaComponent, code: string): string {
  return Object.entries(reactAriaStrings[component]).reduce((result, [key, value]: [string, string]) => {
    const quotedKey = JSON.stringify(key);
    const compiled = `\`${escapeFor('`', value).replace(/\{(\w+)\}/g, '${args.$1}')}\``;
    const entry = new RegExp(`${quotedKey.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: (\\(args\\)=>)?\`[^\`]*\``);
    return result.replace(entry, (_whole, arrow: string | undefined) => `${quotedKey}: ${arrow ?? ''}${compiled}`);
  }, code);
}
