import { Anchor, Text, Timeline } from '@mantine/core';
import type { Evidence, EvidenceLink } from '../../../../../shared/domain/target';
import { useI18n, type I18n } from '../../../i18n';
import { WithContent } from '../../common/WithContent';
import { DetailSection } from './DetailSection';
import { figureValue } from '../../figures/figureText';
import { formatTime, storyHref } from '../targetText';

/** The figures that are evidence for the target, newest story first, with who confirmed each and when. */
export function TargetEvidence({ evidence, links }: { evidence: Evidence[]; links: EvidenceLink[] }) {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const linkOf = new Map(links.map((l) => [l.figureId, l]));
  const sortedEvidence = [...evidence].sort((a, b) => (b.storyDate ?? '').localeCompare(a.storyDate ?? '') || b.figureId - a.figureId);
  return (
    <DetailSection title={t('targets.evidence')} empty={sortedEvidence.length === 0} emptyText={t('targets.evidenceEmpty')}>
      <Timeline bulletSize={14} lineWidth={2} active={sortedEvidence.length}>
        {sortedEvidence.map((e) => (
          <Timeline.Item
            key={e.figureId}
            title={
              <Text size="sm" fw={600}>
                {figureValue(i18n, e)} · {e.storyDate ? formatDate(e.storyDate) : t('targets.noDate')}
              </Text>
            }
          >
            <Text size="sm" fs="italic" data-content="">
              {e.quote}
            </Text>
            <Anchor size="sm" href={storyHref(e.storyId, e.figureId)} data-content="">
              {e.headline}
            </Anchor>
            {linkOf.has(e.figureId) && (
              <Text size="xs" c="dimmed" data-testid="evidence-confirmed">
                <WithContent text={linkText(i18n, linkOf.get(e.figureId)!)} spans={[linkOf.get(e.figureId)!.author]} />
              </Text>
            )}
          </Timeline.Item>
        ))}
      </Timeline>
    </DetailSection>
  );
}

/** "Confirmed by 李华, 2024年1月20日 16:00": who linked the evidence, and when. */
function linkText(i18n: I18n, link: EvidenceLink): string {
  const time = formatTime(i18n, link.createdAt);
  if (link.confirmedBy === 'editor') {
    return link.author ? i18n.t('targets.evidenceConfirmedBy', { name: link.author, time }) : i18n.t('targets.evidenceConfirmedAt', { time });
  }
  return link.author ? i18n.t('targets.evidenceAttachedBy', { name: link.author, time }) : i18n.t('targets.evidenceAttachedAt', { time });
}
