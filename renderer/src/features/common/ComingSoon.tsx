import type { ReactNode } from 'react';
import { Badge, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useI18n, type MessageKey } from '../../i18n';

interface Props {
  icon: ReactNode;
  title: MessageKey;
  body: MessageKey[];
}

/** An honest placeholder for a page a later version fills: what it will do, and that it is not here yet. */
export function ComingSoon({ icon, title, body }: Props) {
  const { t } = useI18n();
  return (
    <Stack gap="lg" maw="44rem">
      <Group gap="sm" align="center">
        <ThemeIcon variant="light" size="xl" radius="md" aria-hidden>
          {icon}
        </ThemeIcon>
        <Title order={1} size="h3">
          {t(title)}
        </Title>
        <Badge variant="outline" color="gray">
          {t('common.comingLater')}
        </Badge>
      </Group>
      <Paper withBorder radius="md" p="lg">
        <Stack gap="sm">
          {body.map((key) => (
            <Text key={key} lh={1.7}>
              {t(key)}
            </Text>
          ))}
        </Stack>
      </Paper>
    </Stack>
  );
}
