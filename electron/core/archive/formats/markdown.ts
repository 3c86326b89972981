import MarkdownIt from 'markdown-it';
import type { Extracted, Block } from '../types';
import { tidy } from '../signals';

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

function inlineText(tok: Token): string {
  let out = '';
  for (const c of tok.children ?? []) {
    if (c.type === 'text' || c.type === 'code_inline' || c.type === 'html_inline') out += c.type === 'html_inline' ? '' : c.content;
    else if (c.type === 'softbreak' || c.type === 'hardbreak') out += '\n';
    else if (c.type === 'image') out += '';
  }
  return out;
}

/** Markdown keeps its headings as hints; each source line of a paragraph stays a line, as in .txt. */
export function markdownBlocks(src: string): Extracted {
  const md = new MarkdownIt({ html: false, linkify: false });
  const tokens = md.parse(src, {});
  const blocks: Block[] = [];
  let level: number | null = null;
  for (const tok of tokens) {
    if (tok.type === 'heading_open') level = Number(tok.tag.slice(1));
    else if (tok.type === 'heading_close') level = null;
    else if (tok.type === 'inline') {
      const text = inlineText(tok);
      if (level !== null) {
        const t = tidy(text.replace(/\n/g, ' '));
        if (t) blocks.push({ text: t, kind: 'heading', level, blankBefore: 1 });
      } else {
        text.split('\n').forEach((line, i) => {
          const t = tidy(line);
          if (t) blocks.push({ text: t, blankBefore: i === 0 ? 1 : 0 });
        });
      }
    } else if (tok.type === 'fence' || tok.type === 'code_block') {
      for (const line of tok.content.split('\n')) if (line.trim()) blocks.push({ text: tidy(line), blankBefore: 0 });
    }
  }
  return { blocks, metaHints: [] };
}
