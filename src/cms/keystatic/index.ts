/**
 * Keystatic adapter: the only code that knows Keystatic's internals (its
 * compiled admin bundle, how its reader parses fields, its English
 * messages). The rest of the project uses Keystatic's public API (config,
 * collection, fields, createReader) and this folder's index, nothing else.
 * Pinned to @keystatic/core 0.6.9; after an upgrade, run
 * `npx vitest run --project integration src/cms` and `--project unit src/cms`:
 * every fragment and message it relies on is counted there.
 *
 * - vietnamese.ts: every Vietnamese word for Keystatic, as flat key → string
 *   tables in the form of Keystatic's l10n tables (upstreamable as vi-VN):
 *   its l10n strings, the admin's inline words, react-aria's field strings,
 *   and ONE table of field messages used by both the editor and the build.
 * - messages.ts: Keystatic's English field messages → keys of that table,
 *   as its reader reports them (content errors: translateFieldMessage,
 *   parseReaderError) and where its admin bundle writes them.
 * - admin-patch.ts: rewrites the admin's browser bundle into Vietnamese
 *   (exact source fragments, each with its pinned count) plus a few
 *   behaviour patches (KEYSTATIC_PATCHES: list search by column, unit
 *   column, desk link); react-aria's en-US tables by key.
 * - vite-plugin.ts: the Vite settings that apply admin-patch.ts in the dev
 *   server's pre-bundling and in builds (imported by astro.config.mjs).
 * - reader.ts: the fast reader (readEntry, parseWithSchema) that parses
 *   loaded YAML with the schema's own field parsers, typed with Keystatic's
 *   published types and returning `Entry<typeof collection>`.
 * - activity-file.ts: readActivityFile, the activity loader's step from one
 *   file's loaded YAML to its records and issues (readEntry on the
 *   activity schema, then src/lib/activities/check-file's rules).
 */
export { readActivityFile } from './activity-file';
export { readQuarterFile } from './quarter-file';
export { readWaveFile } from './wave-file';
export { parseReaderError, translateFieldMessage } from './messages';
export { parseWithSchema, readEntry, type SchemaProblem, type SchemaValue } from './reader';
export { fieldMessage, fieldMessageWithLabel, type FieldMessageKey } from './vietnamese';
