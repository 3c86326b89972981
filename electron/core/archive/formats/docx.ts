import JSZip from 'jszip';
import mammoth from 'mammoth';
import { ImportError, type Extracted } from '../types';
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
  if (!zip.file('word/document.xml')) throw broken(name, 'is a zip archive but not a Word document (no word/document.xml inside)', path);
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(buf) })).value;
  } catch (e) {
    throw broken(name, `could not be read as a Word document (${(e as Error).message.split('\n')[0]})`, path);
  }
  const hints: string[] = [];
  const core = await zip.file('docProps/core.xml')?.async('string');
  const title = core && /<dc:title>([^<]+)<\/dc:title>/.exec(core)?.[1]?.trim();
  if (title) hints.push(title);
  return { blocks: blocksFromHtml(html), metaHints: hints };
}
