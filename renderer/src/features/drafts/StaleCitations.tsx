import { List, Text, Title } from '@mantine/core';
import type { CitationSnapshot, StaleCitation } from '../../../../shared/domain/draft';
import { useI18n, type MessageKey } from '../../i18n';

function snapshotText(s: CitationSnapshot | null | undefined): string {
  if (!s) return '—';
  const value = s.value !== null && s.value !== undefined ? `${s.value}${s.unit ?? ''}` : '';
  return [value, s.status ?? '', s.quote ? `“${s.quote}”` : ''].filter(Boolean).join(' · ') || '—';
}

/** 引用已变化: each citation whose source changed since it was made, and how. */
export function StaleCitations({ items }: { items: StaleCitation[] }) {
  const { t, tn } = useI18n();
  return (
    <section aria-labelledby="stale-citations-title">
      <Title order={2} size="h6" c="red.7" id="stale-citations-title">
        {t('drafts.stale')} · {tn('drafts.staleCount', items.length)}
      </Title>
      <List size="sm" spacing={4} mt={4}>
        {items.map((item, i) => (
          <List.Item key={`${item.path.join('.')}-${i}`}>
            <Text span size="sm" fw={600}>
              {item.text}
            </Text>{' '}
            <Text span size="sm" c="red.7">
              {t(`drafts.staleReason.${item.reason}` as MessageKey)}
            </Text>
            <Text size="xs" c="dimmed">
              {item.attrs.label} · {t('drafts.staleWas', { text: snapshotText(item.attrs.snapshot) })}
              {item.current && <> · {t('drafts.staleNow', { text: snapshotText(item.current) })}</>}
            </Text>
          </List.Item>
        ))}
      </List>
    </section>
  );
}
