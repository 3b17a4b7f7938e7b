/**
 * Errors a user can meet when giving us a file: each has a stable `code` (for the CLI's exit
 * status and the pane) and a message that names the file, says what is wrong and what to do.
 */
import { errorGuard } from '../../core/errors';

export type DocxErrorCode =
  | 'not-docx' // not a zip at all, or a zip that is not a Word package
  | 'legacy-or-encrypted' // OLE compound file: a .doc, or a password-protected .docx
  | 'corrupt' // a zip that cannot be read to the end, or XML that does not parse
  | 'missing-document' // no main document part
  | 'unsafe-xml' // a DOCTYPE or ENTITY declaration (entity expansion attacks)
  | 'too-large' // absurd uncompressed size
  | 'empty' // no text at all
  | 'unsupported'; // a structure we cannot write back safely

export class DocxError extends Error {
  readonly code: DocxErrorCode;
  readonly source: string;

  constructor(code: DocxErrorCode, source: string, message: string) {
    super(message);
    this.name = 'DocxError';
    this.code = code;
    this.source = source;
  }
}

export const isDocxError = errorGuard(DocxError);

/** The user-facing wording of every code, in one place so the CLI and tests read the same text. */
export function docxError(code: DocxErrorCode, source: string, detail?: string): DocxError {
  const name = source || 'the document';
  const messages: Record<DocxErrorCode, string> = {
    'not-docx': `${name} is not a Word .docx file. Save it from Word as "Word Document (*.docx)" and try again.`,
    'legacy-or-encrypted': `${name} is an old-format .doc file or a password-protected .docx. Open it in Word, remove the password if there is one, and save it as "Word Document (*.docx)".`,
    corrupt: `${name} is damaged and cannot be read${detail ? ` (${detail})` : ''}. Open it in Word, let Word repair it, and save it again.`,
    'missing-document': `${name} is a zip package without a Word document part (word/document.xml). Save the draft from Word as "Word Document (*.docx)".`,
    'unsafe-xml': `${name} contains XML declarations (DOCTYPE/ENTITY) that Word never writes${detail ? ` in ${detail}` : ''}; it was refused for safety. Re-save the draft from Word and try again.`,
    'too-large': `${name} is too large to review${detail ? ` (${detail})` : ''}. Split the draft into smaller files or remove embedded media.`,
    empty: detail
      ? `${name} has no body text to review: ${detail}. Put the draft's text in ordinary paragraphs.`
      : `${name} contains no text to review. Check that you chose the right file.`,
    unsupported: `${name} has a structure that cannot be written back safely${detail ? ` (${detail})` : ''}. Re-save it from Word as "Word Document (*.docx)" and try again.`,
  };
  return new DocxError(code, source, messages[code]);
}
