import JSZip from 'jszip';
import { docxBytes, lessonPlanDocument, quizDocument, worksheetDocument } from './docx';
import type { KitDocument } from './kit';

/** Names of the files inside a kit's ZIP, in the folder named after the kit. */
export const KIT_FILES = {
  lessonPlan: 'ke-hoach-bai-day.docx',
  worksheet: 'phieu-hoc-tap.docx',
  quiz: 'cau-hoi-kiem-tra-va-dap-an.docx',
} as const;

/** The kit's ZIP: three editable Word files plus the kit's attachments. */
export async function kitZip(kit: KitDocument, attachments: readonly { name: string; data: Uint8Array }[]): Promise<Uint8Array<ArrayBuffer>> {
  const zip = new JSZip();
  const folder = zip.folder(kit.slug);
  if (!folder) throw new Error('could not create the ZIP folder');
  folder.file(KIT_FILES.lessonPlan, await docxBytes(lessonPlanDocument(kit)));
  folder.file(KIT_FILES.worksheet, await docxBytes(worksheetDocument(kit)));
  folder.file(KIT_FILES.quiz, await docxBytes(quizDocument(kit)));
  for (const attachment of attachments) folder.file(`tep-dinh-kem/${attachment.name}`, attachment.data);
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  return new Uint8Array(bytes);
}
