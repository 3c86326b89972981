import { Fragment, type ReactNode } from 'react';

/**
 * A UI sentence with the reporting's or the editor's own words inside it (a name, a quote,
 * a place) marked as content: they keep their own language, the sentence follows the UI's.
 */
export function WithContent({ text, spans }: { text: string; spans: ReadonlyArray<string | null | undefined> }): ReactNode {
  const words = [...new Set(spans.filter((s): s is string => Boolean(s && s.trim())))].sort((a, b) => b.length - a.length);
  if (words.length === 0) return text;
  const out: ReactNode[] = [];
  let rest = text;
  let key = 0;
  while (rest) {
    let at = -1;
    let word = '';
    for (const w of words) {
      const i = rest.indexOf(w);
      if (i >= 0 && (at < 0 || i < at)) {
        at = i;
        word = w;
      }
    }
    if (at < 0) {
      out.push(rest);
      break;
    }
    if (at > 0) out.push(rest.slice(0, at));
    out.push(
      <span key={key++} data-content="">
        {word}
      </span>,
    );
    rest = rest.slice(at + word.length);
  }
  return <Fragment>{out}</Fragment>;
}
