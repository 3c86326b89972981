import type { SnippetRun } from '../../../../shared/domain/archive';
import classes from './Archive.module.css';

/** Text runs with the hits <mark>ed. React escapes the text: no HTML is trusted. */
export function MarkedRuns({ runs }: { runs: SnippetRun[] }) {
  return runs.map((run, i) =>
    run.hit ? (
      <mark key={i} className={classes.hit}>
        {run.text}
      </mark>
    ) : (
      <span key={i}>{run.text}</span>
    ),
  );
}

/** A search snippet as text runs; hits are marked. */
export function Snippet({ runs, id }: { runs: SnippetRun[]; id?: string }) {
  if (runs.length === 0) return null;
  return (
    <p className={classes.snippet} id={id}>
      <MarkedRuns runs={runs} />
    </p>
  );
}
