import { statSync } from 'node:fs';
import { join } from 'node:path';
import { fileTypeLabel } from '../lib/format/vi';
import { projectRoot } from './context';

export interface Download {
  href: string;
  label: string;
  type: string;
  bytes: number;
}

/** Attachments with their file type and size on disk (public/ + the stored public path). */
export function downloads(attachments: readonly { file: string | null; label: string }[]): Download[] {
  return attachments.flatMap((attachment) => {
    if (!attachment.file) return [];
    const bytes = statSync(join(projectRoot(), 'public', attachment.file)).size;
    return [{ href: attachment.file, label: attachment.label || attachment.file.split('/').pop() || attachment.file, type: fileTypeLabel(attachment.file), bytes }];
  });
}
