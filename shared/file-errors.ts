/**
 * What can go wrong with a file the editor named, as data: a reason code, its parameters,
 * and the sentence in each UI language. The core renders English for the CLI and logs; the
 * renderer renders the editor's language from the same code and parameters.
 */
export type FileKind = 'fifo' | 'char_device' | 'block_device' | 'socket' | 'directory' | 'other';

export const FILE_KIND_NAMES: Record<FileKind, { en: string; zh: string }> = {
  fifo: { en: 'a named pipe (FIFO)', zh: '命名管道（FIFO）' },
  char_device: { en: 'a character device', zh: '字符设备' },
  block_device: { en: 'a block device', zh: '块设备' },
  socket: { en: 'a socket', zh: '套接字' },
  directory: { en: 'a folder', zh: '文件夹' },
  other: { en: 'not a regular file', zh: '非普通文件' },
};

export type FileReason =
  | 'not_a_file'
  | 'is_folder'
  | 'symlink_loop'
  | 'missing'
  | 'permission'
  | 'too_large'
  | 'read_too_large'
  | 'not_word'
  | 'export_not_a_file'
  | 'export_folder_unwritable'
  | 'server_path'
  | 'not_picked';

export type FileErrorParams = Record<string, string | number>;

/** `{name}` is the file's name as the editor knows it; every sentence says what to do next. */
export const FILE_ERRORS: Record<FileReason, { en: string; zh: string }> = {
  not_a_file: {
    en: '{name} is {kind}, not a regular file, so it was not opened. Import a saved .txt, .md, .html, .docx or .pdf file instead.',
    zh: '{name}是{kind}，不是普通文件，因此没有打开。请改为导入已保存的 .txt、.md、.html、.docx 或 .pdf 文件。',
  },
  is_folder: {
    en: '{name} is a folder, not a file. Import the folder as a batch instead.',
    zh: '{name}是文件夹，不是文件。请把整个文件夹作为一批导入。',
  },
  symlink_loop: {
    en: '{name} is a symbolic link that leads back to itself (a link loop), so it can\'t be opened. Point the link at a real file, or import the file itself.',
    zh: '{name}是一个绕回自身的符号链接（链接循环），无法打开。请让链接指向真实文件，或直接导入该文件。',
  },
  missing: {
    en: '{name} does not exist (it may have been moved or renamed). Check the path and try again.',
    zh: '{name}不存在（可能已被移动或改名）。请检查路径后重试。',
  },
  permission: {
    en: "{name} can't be opened: permission denied. Check the file's permissions or copy it somewhere you own.",
    zh: '无法打开{name}：没有权限。请检查文件权限，或把它复制到你有权限的位置。',
  },
  too_large: {
    en: '{name} is {size}, over the {limit} import limit. Split it into single pages, or export the text only, then import again.',
    zh: '{name}大小为 {size}，超过 {limit} 的导入上限。请拆分成单版，或只导出文字后再导入。',
  },
  read_too_large: {
    en: '{name} gave more than {limit} of data when read (its size on disk says otherwise), so reading stopped. Save it as a regular file under {limit} and import that.',
    zh: '读取{name}时数据超过 {limit}（与磁盘上标称的大小不符），已停止读取。请另存为小于 {limit} 的普通文件后再导入。',
  },
  not_word: {
    en: '{name} is not a readable Word file: it is a zip archive, but its document part is damaged or not Word XML. Open it in Word or WPS and save it again as .docx (or paste its text), then import again.',
    zh: '{name}不是可读的 Word 文件：它是 zip 压缩包，但正文部分已损坏或不是 Word XML。请用 Word 或 WPS 打开并另存为 .docx（或粘贴其文字），再导入。',
  },
  export_not_a_file: {
    en: '{name} is {kind}, not a regular file. Figure Desk writes only to a regular file or a new name, even when told to replace. Choose another file name.',
    zh: '{name}是{kind}，不是普通文件。Figure Desk 只写入普通文件或新文件名，即使要求覆盖也不例外。请换一个文件名。',
  },
  export_folder_unwritable: {
    en: "Can't write {name}: a file can't be created in the folder {folder} ({cause}). Choose a folder you can write to.",
    zh: '无法写入{name}：不能在文件夹 {folder} 中创建文件（{cause}）。请选择你有写入权限的文件夹。',
  },
  server_path: {
    en: 'Browser mode does not open files on this computer by path ({field} of {channel}). Upload the file instead (drop it on the window or choose it), or use the desktop app or the command line for paths.',
    zh: '浏览器模式不会按路径打开本机文件（{channel} 的 {field}）。请改为上传文件（拖入窗口或选择文件），或在桌面应用、命令行中使用路径。',
  },
  not_picked: {
    en: '{name} was not chosen or dropped in this window, so the app did not open it. Choose the file again (Import, or drop it on the window).',
    zh: '{name}不是在本窗口中选择或拖入的文件，因此应用没有打开它。请重新选择该文件（点“导入”，或把它拖入窗口）。',
  },
};

export type FileErrorLanguage = 'en' | 'zh';

/** The sentence for a reason in one language; a `kind` parameter is named in that language too. */
export function fileErrorText(reason: FileReason, params: FileErrorParams, language: FileErrorLanguage): string {
  const kind = typeof params.kind === 'string' && params.kind in FILE_KIND_NAMES ? FILE_KIND_NAMES[params.kind as FileKind][language] : params.kind;
  const all: FileErrorParams = kind === undefined ? params : { ...params, kind };
  return FILE_ERRORS[reason][language].replace(/\{(\w+)\}/g, (whole, key: string) => (key in all ? String(all[key]) : whole));
}

export function isFileReason(value: unknown): value is FileReason {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(FILE_ERRORS, value);
}
