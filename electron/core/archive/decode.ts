import { ImportError } from './types';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface Decoded {
  text: string;
  encoding: TextEncodingName;
}

const BYTE_NAMES: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  gb18030: 'GB18030',
};

export function encodingLabel(e: TextEncodingName): string {
  return BYTE_NAMES[e];
}

function strict(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** UTF-16 without a BOM shows up as a NUL in every other byte of ASCII text. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul / pairs > 0.4 && evenNul / pairs < 0.05) return 'utf-16le';
  if (evenNul / pairs > 0.4 && oddNul / pairs < 0.05) return 'utf-16be';
  return null;
}

/** Control bytes that never occur in text files (tab, LF, CR, FF, ESC excepted). */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control > Math.max(2, n * 0.01);
}

/**
 * GB18030 accepts almost any byte soup, so a clean decode proves little: Windows-1252 or
 * Big5 text also "decodes" into rare characters. Real simplified-Chinese text sits almost
 * entirely in the GB2312 block (both bytes 0xA1–0xFE), so require that before trusting it.
 */
function plausiblyGb(bytes: Uint8Array): boolean {
  let pairs = 0;
  let gb2312 = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    const next = bytes[i + 1] ?? 0;
    if (next >= 0x30 && next <= 0x39) {
      // four-byte sequence: legal but rare in news text
      pairs++;
      i += 3;
      continue;
    }
    pairs++;
    if (b >= 0xa1 && b <= 0xf7 && next >= 0xa1 && next <= 0xfe) gb2312++;
    i++;
  }
  return pairs === 0 || gb2312 / pairs >= 0.8;
}

// C0 controls other than tab, LF, FF, CR, and C1 controls: never in real text.
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g;

function hasControlChars(text: string): boolean {
  // A native regex scan: this runs over every byte of every import.
  const control = text.match(CONTROL)?.length ?? 0;
  return control > Math.max(2, text.length * 0.01);
}

function finish(text: string, encoding: TextEncodingName, name: string, path?: string): Decoded {
  if (hasControlChars(text)) {
    throw new ImportError(
      'binary',
      `${name} contains control characters, so it is not a plain-text file. If it is a Word or PDF file, give it its proper extension (.docx, .pdf).`,
      path,
    );
  }
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!clean.trim()) {
    throw new ImportError('empty', `${name} has no text in it (only blank space). Check you picked the right file.`, path);
  }
  return { text: clean, encoding };
}

/**
 * Text bytes → string, refusing to guess: a wrong guess becomes mojibake in the archive,
 * which is worse than asking the editor to re-save the file.
 */
export function decodeText(bytes: Uint8Array, name = 'This file', path?: string): Decoded {
  if (bytes.length === 0) {
    throw new ImportError('empty', `${name} is empty (0 bytes). Check you picked the right file, or export the page again.`, path);
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const t = strict('utf-8', bytes.subarray(3));
    if (t === null) throw badEncoding(name, 'it starts with a UTF-8 marker but contains bytes that are not UTF-8', path);
    return finish(t, 'utf-8', name, path);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const t = strict('utf-16le', bytes.subarray(2));
    if (t === null) throw badEncoding(name, 'it is marked UTF-16 but is damaged', path);
    return finish(t, 'utf-16le', name, path);
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const t = strict('utf-16be', bytes.subarray(2));
    if (t === null) throw badEncoding(name, 'it is marked UTF-16 but is damaged', path);
    return finish(t, 'utf-16be', name, path);
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16) {
    const t = strict(utf16, bytes);
    if (t !== null) return finish(t, utf16, name, path);
  }
  if (looksBinary(bytes)) {
    throw new ImportError(
      'binary',
      `${name} is not a text file (it contains binary data). Figure Desk imports .txt, .md, .html, .docx and .pdf pages; if this is an image or a scan, it needs OCR first.`,
      path,
    );
  }
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== null) return finish(utf8, 'utf-8', name, path);
  if (plausiblyGb(bytes)) {
    const gb = strict('gb18030', bytes);
    if (gb !== null) return finish(gb, 'gb18030', name, path);
  }
  throw badEncoding(name, 'it is neither UTF-8 nor GB18030/GBK Chinese (it may be Big5, Shift-JIS or Windows-1252)', path);
}

function badEncoding(name: string, why: string, path?: string): ImportError {
  return new ImportError(
    'bad_encoding',
    `${name} can't be read as text: ${why}. Open it in a text editor and save it as UTF-8, then import it again.`,
    path,
  );
}
