import JSZip from 'jszip';
import mammoth from 'mammoth';
import { fileImportError, ImportError, type Extracted } from '../types';

/** The root element of a Word document part, whatever its namespace prefix. */
const WORD_DOCUMENT_ROOT = /<([\w-]+:)?document[\s>]/;
import { blocksFromHtml } from './dom-blocks';

function broken(name: string, why: string, path?: string): ImportError {
  return new ImportError(
    'broken_docx',
    `${name} ${why}. Open it in Word or WPS and save it again as .docx (or paste its text), then import again.`,
    path,
  );
}

export async function docxBlocks(buf: Uint8Array, name: string, path?: string): Promise<Extracted> {
  if (buf.length < 4 || buf[0] !== 0x50 || buf[1] !== 0x4b) {
    if (buf[0] === 0xd0 && buf[1] === 0xcf && buf[2] === 0x11 && buf[3] === 0xe0) {
      throw new ImportError(
        'unsupported',
        `${name} is an old-style Word 97–2003 document saved with a .docx name. Open it in Word or WPS and save it as .docx, then import that.`,
        path,
      );
    }
    throw broken(name, "is not a Word document: a .docx file is a zip archive and this one isn't", path);
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buf);
  } catch {
    throw broken(name, 'is damaged: its zip archive is cut short or corrupt (an interrupted download or copy)', path);
  }
  const documentPart = zip.file('word/document.xml');
  if (!documentPart) throw broken(name, 'is a zip archive but not a Word document (no word/document.xml inside)', path);
  // mammoth dereferences the XML's root without checking it, so junk in the document part
  // surfaces as "Cannot read properties of null (reading 'tagName')": look at it first.
  const head = await documentPart.async('uint8array').then(
    (bytes) => Buffer.from(bytes.subarray(0, 4096)).toString('utf8'),
    () => '',
  );
  if (!WORD_DOCUMENT_ROOT.test(head)) throw fileImportError('broken_docx', 'not_word', { name }, path);
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(buf) })).value;
  } catch (e) {
    // A TypeError is mammoth tripping over XML it did not expect, not a message for the editor.
    if (e instanceof TypeError) throw fileImportError('broken_docx', 'not_word', { name }, path);
    throw broken(name, `could not be read as a Word document (${(e as Error).message.split('\n')[0]})`, path);
  }
  const hints: string[] = [];
  // The title is optional metadata: a damaged entry (a size that does not match) loses only it.
  const core = await zip.file('docProps/core.xml')?.async('string').catch(() => undefined);
  const title = core && /<dc:title>([^<]+)<\/dc:title>/.exec(core)?.[1]?.trim();
  if (title) hints.push(title);
  return { blocks: blocksFromHtml(html), metaHints: hints };
}
