import type { ReactNode } from 'react';
import type { DocNode, DraftDoc } from '../../../../shared/domain/draft';

/** A read-only rendering of a stored draft doc, for previewing a version. */
function render(node: DocNode, key: number): ReactNode {
  const kids = 'content' in node && node.content ? node.content.map(render) : null;
  switch (node.type) {
    case 'text': {
      let out: ReactNode = node.text;
      for (const mark of node.marks ?? []) {
        if (mark.type === 'bold') out = <strong>{out}</strong>;
        else if (mark.type === 'italic') out = <em>{out}</em>;
        else if (mark.type === 'underline') out = <u>{out}</u>;
        else if (mark.type === 'strike') out = <s>{out}</s>;
        else if (mark.type === 'code') out = <code>{out}</code>;
        else if (mark.type === 'citation') out = <span className="fd-citation" title={mark.attrs.label}>{out}</span>;
        else if (mark.type === 'comment') out = <span className="fd-comment" title={mark.attrs.text}>{out}</span>;
        else if (mark.type === 'link') out = <span style={{ textDecoration: 'underline' }}>{out}</span>;
      }
      return <span key={key}>{out}</span>;
    }
    case 'doc':
      return <div key={key}>{kids}</div>;
    case 'paragraph':
      return <p key={key}>{kids}</p>;
    case 'heading': {
      const level = Math.min(6, Math.max(1, node.attrs.level));
      const Tag = `h${level}` as 'h1';
      return <Tag key={key}>{kids}</Tag>;
    }
    case 'bulletList':
      return <ul key={key}>{kids}</ul>;
    case 'orderedList':
      return <ol key={key}>{kids}</ol>;
    case 'listItem':
      return <li key={key}>{kids}</li>;
    case 'blockquote':
      return <blockquote key={key}>{kids}</blockquote>;
    case 'codeBlock':
      return <pre key={key}>{kids}</pre>;
    case 'horizontalRule':
      return <hr key={key} />;
    case 'hardBreak':
      return <br key={key} />;
    case 'table':
      return (
        <table key={key}>
          <tbody>{kids}</tbody>
        </table>
      );
    case 'tableRow':
      return <tr key={key}>{kids}</tr>;
    case 'tableHeader':
      return <th key={key}>{kids}</th>;
    case 'tableCell':
      return <td key={key}>{kids}</td>;
    default:
      return null;
  }
}

export function DocPreview({ doc }: { doc: DraftDoc }) {
  return <div className="fd-doc-preview">{doc.content.map(render)}</div>;
}
