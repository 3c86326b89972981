import type { Block, ExportModel, Run } from './model';

/** Backslash-escape what Markdown would read as syntax. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`);
}

function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)([#>+-]|\d+[.)])(?=\s|$)/, (_m, sp: string, tok: string) => `${sp}${tok.replace(/^(\d+)([.)])$/, '$1\\$2').replace(/^([#>+-])$/, '\\$1')}`);
}

export interface MarkdownOptions {
  labels?: { comment?: string };
}

/**
 * CommonMark + GFM tables + footnotes ([^1]). Citations become numbered footnotes;
 * comments (open questions, annotations) become footnotes labelled as comments, since
 * Markdown has no comment syntax that survives rendering.
 */
export function modelToMarkdown(model: ExportModel, options: MarkdownOptions = {}): string {
  const zh = model.language === 'zh-CN';
  const commentLabel = options.labels?.comment ?? (zh ? '批注' : 'Comment');
  const r = new MdRenderer(model);
  const out: string[] = model.blocks.map((b) => r.block(b, true));
  const defs: string[] = [];
  for (const f of model.footnotes) {
    const quote = f.attrs.snapshot.quote ? `${zh ? '：' : ': '}${escapeMarkdown(f.attrs.snapshot.quote)}` : '';
    defs.push(`[^${f.n}]: ${escapeMarkdown(f.attrs.label)}${quote}`);
  }
  for (const c of model.comments) {
    const replies = (c.replies ?? []).map((r) => ` — ${escapeMarkdown(r.author)}${zh ? '：' : ': '}${escapeMarkdown(r.text).replace(/\n/g, ' ')}`);
    defs.push(`[^c${c.index + 1}]: ${commentLabel}${zh ? '：' : ': '}${escapeMarkdown(c.text).replace(/\n/g, ' ')}${replies.join('')}`);
  }
  return `${out.filter((x) => x !== '').join('\n\n')}\n${defs.length ? `\n${defs.join('\n')}\n` : ''}`;
}

class MdRenderer {
  constructor(private readonly model: ExportModel) {}

  private lastSeqOf = new Map<number, number>();

  block(b: Block, top: boolean): string {
    void top;
    switch (b.kind) {
      case 'heading':
        return `${'#'.repeat(b.level)} ${this.inline(b.runs).replace(/\n/g, ' ')}`;
      case 'paragraph': {
        const text = this.inline(b.runs);
        if (text.trim() === '') return '';
        const body = text.split('\n').map(escapeLineStart).join('\\\n');
        return b.role ? `*${body}*` : body;
      }
      case 'list':
        return b.items
          .map((item, i) => {
            const marker = b.ordered ? `${b.start + i}. ` : '- ';
            const pad = ' '.repeat(marker.length);
            const inner = item.map((x) => this.block(x, false)).filter((x) => x !== '').join('\n\n');
            return marker + inner.split('\n').map((l, j) => (j === 0 || l === '' ? l : pad + l)).join('\n');
          })
          .join('\n');
      case 'quote':
        return b.blocks
          .map((x) => this.block(x, false))
          .filter((x) => x !== '')
          .join('\n\n')
          .split('\n')
          .map((l) => (l === '' ? '>' : `> ${l}`))
          .join('\n');
      case 'code': {
        const fence = b.text.includes('```') ? '````' : '```';
        return `${fence}\n${b.text}\n${fence}`;
      }
      case 'rule':
        return '---';
      case 'table':
        return this.table(b);
    }
  }

  private table(b: Extract<Block, { kind: 'table' }>): string {
    const rows = b.rows.map((r) =>
      r.cells.flatMap((c) => {
        const text = c.blocks
          .map((x) => this.block(x, false))
          .join(' ')
          .replace(/\\\n|\n/g, ' ')
          .trim();
        return [text || ' ', ...Array.from({ length: c.colspan - 1 }, () => ' ')];
      }),
    );
    if (rows.length === 0) return '';
    const width = Math.max(...rows.map((r) => r.length));
    const pad = (r: string[]) => [...r, ...Array.from({ length: width - r.length }, () => ' ')];
    const line = (r: string[]) => `| ${pad(r).join(' | ')} |`;
    return [line(rows[0]!), `|${Array.from({ length: width }, () => ' --- ').join('|')}|`, ...rows.slice(1).map(line)].join('\n');
  }

  private inline(runs: Run[]): string {
    let out = '';
    for (const r of runs) {
      if (r.hardBreak) {
        out += '\n';
        continue;
      }
      let t = escapeMarkdown(r.text);
      // Emphasis markers must hug non-space text, so keep edge spaces outside them.
      const wrap = (s: string, m: string) => {
        const m1 = /^(\s*)(.*?)(\s*)$/s.exec(s)!;
        return m1[2] ? `${m1[1]}${m}${m1[2]}${m}${m1[3]}` : s;
      };
      if (r.code) t = '`' + r.text.replace(/`/g, 'ˋ') + '`';
      if (r.bold) t = wrap(t, '**');
      if (r.italic) t = wrap(t, '*');
      if (r.strike) t = wrap(t, '~~');
      if (r.href) t = `[${t}](<${r.href.replace(/[<>\s]/g, encodeURIComponent)}>)`;
      out += t;
      if (r.footnoteAfter !== undefined) out += `[^${r.footnoteAfter}]`;
      for (const i of r.comments) {
        const c = this.model.comments[i];
        if (c && c.lastSeq === r.seq && !this.lastSeqOf.has(i)) {
          this.lastSeqOf.set(i, r.seq);
          out += `[^c${i + 1}]`;
        }
      }
    }
    return out;
  }
}
