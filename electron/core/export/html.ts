import type { Block, ExportModel, Run } from './model';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c]!);

const COLOUR = /^#[0-9a-fA-F]{6}$/;
const safeColour = (c: string | null | undefined) => (c && COLOUR.test(c) ? c : '#dddddd');

const CSS = `
:root { color-scheme: light; }
body { margin: 0; background: #fff; color: #1a1a1a; }
article, section.notes { max-width: 42rem; margin: 0 auto; padding: 0 1.5rem; }
article { padding-top: 2rem; }
body, td, th { font: 16px/1.75 "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", "Noto Serif", Georgia, serif; }
h1, h2, h3, h4, h5, h6, th, .meta { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "Hiragino Sans GB", "Noto Sans", Arial, sans-serif; }
h1 { font-size: 1.75rem; line-height: 1.35; margin: 0 0 1rem; }
h2 { font-size: 1.3rem; margin: 1.75rem 0 .75rem; }
p { margin: 0 0 1em; text-align: justify; }
p.meta { color: #555; font-size: .9rem; }
p.subhead { font-size: 1.1rem; color: #333; }
blockquote { margin: 0 0 1em; padding-left: 1em; border-left: 3px solid #bbb; color: #333; }
pre { background: #f5f5f5; padding: .75em; overflow-x: auto; white-space: pre-wrap; }
code, pre { font-family: "Noto Sans Mono CJK SC", "DejaVu Sans Mono", Consolas, monospace; font-size: .9em; }
table { border-collapse: collapse; width: 100%; margin: 0 0 1.25em; font-size: .92rem; page-break-inside: auto; }
tr { page-break-inside: avoid; }
th, td { border: 1px solid #999; padding: .35em .5em; vertical-align: top; text-align: left; }
th { background: #eee; }
td p, th p, li p { margin: 0; text-align: left; }
mark { padding: 0 .05em; border-radius: 2px; color: inherit; }
mark.comment { background: #fff3b0; border-bottom: 1px dotted #a08000; }
sup.fn a, a.back { text-decoration: none; }
section.notes { border-top: 1px solid #ccc; margin-top: 2rem; padding-top: 1rem; font-size: .9rem; }
section.notes h2 { font-size: 1rem; }
section.notes li { margin-bottom: .4em; }
.swatch { display: inline-block; width: .8em; height: .8em; border-radius: 2px; margin-right: .3em; vertical-align: baseline; }
@media print { a { color: inherit; } article { padding-top: 0; } }
`;

export interface HtmlOptions {
  /** Labels for the notes sections; defaults follow the model's language. */
  labels?: { footnotes?: string; comments?: string };
}

/**
 * A standalone HTML document: inline CSS, no script, no remote resources (a CSP meta
 * forbids them even if content slipped through), every piece of text escaped.
 */
export function modelToHtml(model: ExportModel, options: HtmlOptions = {}): string {
  const zh = model.language === 'zh-CN';
  const labels = {
    footnotes: options.labels?.footnotes ?? (zh ? '注释' : 'Notes'),
    comments: options.labels?.comments ?? (zh ? '批注' : 'Comments'),
  };
  const body = model.blocks.map((b) => block(b, model)).join('\n');
  const notes: string[] = [];
  if (model.footnotes.length) {
    notes.push(
      `<h2>${escapeHtml(labels.footnotes)}</h2>\n<ol class="footnotes">\n` +
        model.footnotes
          .map((f) => {
            const quote = f.attrs.snapshot.quote ? `：${escapeHtml(f.attrs.snapshot.quote)}` : '';
            return `<li id="fn${f.n}">${escapeHtml(f.attrs.label)}${zh ? quote : quote.replace('：', ': ')} <a class="back" href="#fnref${f.n}" aria-label="back">↩</a></li>`;
          })
          .join('\n') +
        '\n</ol>',
    );
  }
  if (model.comments.length) {
    notes.push(
      `<h2>${escapeHtml(labels.comments)}</h2>\n<ol class="comments">\n` +
        model.comments
          .map(
            (c) =>
              `<li id="comment-${c.index}" data-comment="${c.index}"${c.orphaned ? ' class="orphaned"' : ''}>` +
              (c.colour ? `<span class="swatch" style="background:${safeColour(c.colour)}"></span>` : '') +
              `<q>${escapeHtml(c.quote)}</q> — ${escapeHtml(c.text)}` +
              (c.replies?.length
                ? `<ul class="replies">${c.replies.map((r) => `<li><b>${escapeHtml(r.author)}</b> ${escapeHtml(r.text)}</li>`).join('')}</ul>`
                : '') +
              `</li>`,
          )
          .join('\n') +
        '\n</ol>',
    );
  }
  return `<!DOCTYPE html>
<html lang="${zh ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Figure Desk">
<title>${escapeHtml(model.title)}</title>
<style>${CSS}</style>
</head>
<body>
<article>
${body}
</article>
${notes.length ? `<section class="notes">\n${notes.join('\n')}\n</section>\n` : ''}</body>
</html>
`;
}

function block(b: Block, model: ExportModel): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level}>${runs(b.runs, model)}</h${b.level}>`;
    case 'paragraph':
      return `<p${b.role ? ` class="${b.role}"` : ''}>${runs(b.runs, model)}</p>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      const start = b.ordered && b.start !== 1 ? ` start="${b.start}"` : '';
      return `<${tag}${start}>${b.items.map((item) => `<li>${item.map((x) => block(x, model)).join('')}</li>`).join('')}</${tag}>`;
    }
    case 'quote':
      return `<blockquote>${b.blocks.map((x) => block(x, model)).join('\n')}</blockquote>`;
    case 'code':
      return `<pre><code>${escapeHtml(b.text)}</code></pre>`;
    case 'rule':
      return '<hr>';
    case 'table':
      return (
        '<table>' +
        b.rows
          .map(
            (r) =>
              '<tr>' +
              r.cells
                .map((c) => {
                  const tag = c.header ? 'th' : 'td';
                  const span = (c.colspan > 1 ? ` colspan="${c.colspan}"` : '') + (c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : '');
                  return `<${tag}${span}>${c.blocks.map((x) => block(x, model)).join('')}</${tag}>`;
                })
                .join('') +
              '</tr>',
          )
          .join('') +
        '</table>'
      );
  }
}

function runs(list: Run[], model: ExportModel): string {
  return list.map((r) => run(r, model)).join('');
}

function run(r: Run, model: ExportModel): string {
  if (r.hardBreak) return '<br>';
  let html = escapeHtml(r.text);
  if (r.code) html = `<code>${html}</code>`;
  if (r.bold) html = `<strong>${html}</strong>`;
  if (r.italic) html = `<em>${html}</em>`;
  if (r.underline) html = `<u>${html}</u>`;
  if (r.strike) html = `<s>${html}</s>`;
  if (r.href) html = `<a href="${escapeHtml(r.href)}" rel="noopener noreferrer">${html}</a>`;
  if (r.comments.length) {
    const cs = r.comments.map((i) => model.comments[i]!).filter(Boolean);
    const title = cs.map((c) => c.text).join('\n');
    const style = r.highlight ? ` style="background:${safeColour(r.highlight)}"` : '';
    const cls = r.highlight ? 'annotation' : 'comment';
    html = `<mark class="${cls}" data-comments="${cs.map((c) => c.index).join(' ')}" title="${escapeHtml(title)}"${style}>${html}</mark>`;
  } else if (r.highlight) {
    html = `<mark style="background:${safeColour(r.highlight)}">${html}</mark>`;
  }
  if (r.footnoteAfter !== undefined) {
    html += `<sup class="fn" id="fnref${r.footnoteAfter}"><a href="#fn${r.footnoteAfter}">[${r.footnoteAfter}]</a></sup>`;
  }
  return html;
}
