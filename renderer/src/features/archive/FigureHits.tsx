import { Text, Title } from '@mantine/core';
import type { SearchFigure } from '../../../../shared/domain/archive';
import { useI18n } from '../../i18n';
import { routeHref } from '../../router';
import { figureValue, qualifierLabel } from '../figures/figureText';
import classes from './Archive.module.css';

/**
 * The stored figures of the value a search names (4.8万家, >40000 科技型企业), above the
 * stories: each with its quote, its value in base units, and a link to it in its story.
 */
export function FigureHits({ figures }: { figures: SearchFigure[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  if (figures.length === 0) return null;
  return (
    <section aria-labelledby="figure-hits-title" className={classes.figureHits}>
      <Title order={3} size="sm" id="figure-hits-title" mb={4}>
        {t('archive.figuresTitle', { count: i18n.formatNumber(figures.length) })}
      </Title>
      <ul className={classes.hits}>
        {figures.map((f) => {
          const qualifier = f.qualifier !== 'eq' && f.qualifier !== 'range' ? `${qualifierLabel(i18n, f.qualifier)} ` : '';
          const value = `${qualifier}${figureValue(i18n, f)}`;
          return (
            <li key={f.figureId}>
              <a
                className={classes.hitRow}
                href={routeHref({ page: 'archive', storyId: f.storyId, figureId: f.figureId })}
                data-figure-id={f.figureId}
                aria-label={t('archive.figureHitLabel', { quote: f.quote, value, headline: f.headline })}
              >
                <span className={classes.figureQuote}>
                  <mark className={classes.hit}>{f.quote}</mark>
                  <Text span size="sm" c="dimmed">
                    {' '}
                    {f.metric ? t('archive.figureOf', { value, metric: f.metric }) : value}
                  </Text>
                </span>
                <Text size="xs" c="dimmed" className={classes.meta}>
                  {[f.headline, f.date ? i18n.formatDate(f.date) : t('archive.noDate')].join(' · ')}
                </Text>
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
