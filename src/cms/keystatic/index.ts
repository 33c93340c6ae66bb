/**
 * Keystatic adapter: the only code that knows Keystatic's internals (its
 * compiled admin bundle, its English messages). Pinned to @keystatic/core 0.6.9.
 *
 * - vietnamese.ts: every Vietnamese word for Keystatic, as flat key → string
 *   tables in the form of Keystatic's l10n tables, and ONE table of field
 *   messages used by both the editor and the build.
 * - messages.ts: Keystatic's English field messages → keys of that table.
 * - admin-patch.ts: rewrites the admin's browser bundle into Vietnamese.
 * - vite-plugin.ts: the Vite settings that apply admin-patch.ts.
 */
export { parseReaderError, translateFieldMessage } from './messages';
export { fieldMessage, fieldMessageWithLabel, type FieldMessageKey } from './vietnamese';
