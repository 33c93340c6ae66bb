import { zipSync, type ZipOptions, type Zippable } from 'fflate';
import { crc32 } from 'node:zlib';
import { kitDeck } from './deck';
import { docxBytes, quizDocument, worksheetDocument } from './docx';
import { lessonPlanDocument } from './lesson-plan';
import { KIT_FILES_FOR_PLAN, type KitDocument } from './kit';

/** Names of the files inside a kit's ZIP, in the folder named after the kit. */
export const KIT_FILES = {
  lessonPlan: 'ke-hoach-bai-day.docx',
  worksheet: KIT_FILES_FOR_PLAN.worksheet,
  quiz: 'cau-hoi-kiem-tra-va-dap-an.docx',
  deck: KIT_FILES_FOR_PLAN.deck,
} as const;

const ATTACHMENTS_FOLDER = 'tep-dinh-kem';

/** Folders get their own entry (stored, marked as a directory), as archive tools expect. */
const FOLDER: ZipOptions = { level: 0, attrs: 0x10 };

/**
 * Options of an entry whose path is not plain ASCII (an attachment named "Tờ rơi.pdf"): besides the
 * UTF-8 flag, the Info-ZIP Unicode Path field (0x7075), which `unzip` and older Windows read where
 * they ignore the flag. Its data: version 1, the CRC-32 of the stored name, the name in UTF-8.
 */
function unicodePath(path: string): ZipOptions {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(path)) return {};
  const name = new TextEncoder().encode(path);
  const field = new Uint8Array(5 + name.length);
  field[0] = 1;
  new DataView(field.buffer).setUint32(1, crc32(name), true);
  field.set(name, 5);
  return { extra: { 0x7075: field } };
}

/** The kit's ZIP: three editable Word files, an editable presentation (one slide per step) plus the kit's attachments, in a folder named after the kit. */
export async function kitZip(kit: KitDocument, attachments: readonly { name: string; data: Uint8Array }[]): Promise<Uint8Array<ArrayBuffer>> {
  const folder: Zippable = {
    [KIT_FILES.lessonPlan]: await docxBytes(lessonPlanDocument(kit)),
    [KIT_FILES.worksheet]: await docxBytes(worksheetDocument(kit)),
    [KIT_FILES.quiz]: await docxBytes(quizDocument(kit)),
    [KIT_FILES.deck]: await kitDeck(kit),
  };
  if (attachments.length > 0) {
    const files = attachments.map(({ name, data }): [string, Zippable[string]] => [name, [data, unicodePath(`${kit.slug}/${ATTACHMENTS_FOLDER}/${name}`)]]);
    folder[ATTACHMENTS_FOLDER] = [Object.fromEntries(files), FOLDER];
  }
  return new Uint8Array(zipSync({ [kit.slug]: [folder, FOLDER] }, { level: 6 }));
}
