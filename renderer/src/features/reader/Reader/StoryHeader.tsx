/** The story's furniture above its body: kicker, headline (focused when the story opens), subhead, byline, dateline, date, paper. */
import { useEffect, useRef } from 'react';
import type { Story } from '../../../../../shared/domain/story';
import { useI18n } from '../../../i18n';
import { shownHeadline } from '../../archive/shownHeadline';
import classes from './Reader.module.css';
import { creditPrintsRoles } from '../../../../../shared/byline-roles';

export function StoryHeader({ story }: { story: Story }) {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Move focus to the headline when a story opens, so keyboard and screen reader users start there.
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, [story]);

  const meta: string[] = [];
  // A credit that prints its roles (首席记者 张亦筑) is shown as printed; bare names get the label.
  if (story.byline) meta.push(creditPrintsRoles(story.byline) ? story.byline : t('reader.byline', { name: story.byline }));
  if (story.dateline) meta.push(story.dateline);
  if (story.date) meta.push(formatDate(story.date));
  if (story.publication) meta.push(story.publication);

  return (
    <header>
      {story.kicker && <p className={classes.kicker}>{story.kicker}</p>}
      <h1 className={classes.headline} id="reader-headline" ref={headingRef} tabIndex={-1}>
        {shownHeadline(i18n, story.headline)}
      </h1>
      {story.subhead && <p className={classes.subhead}>{story.subhead}</p>}
      <p className={classes.meta}>{meta.join(' · ')}</p>
    </header>
  );
}
