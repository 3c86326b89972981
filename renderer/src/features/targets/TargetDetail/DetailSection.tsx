/** A titled part of the target's detail (evidence, history) that says so when it has nothing to show. */
import type { ReactNode } from 'react';
import { Text, Title } from '@mantine/core';

interface Props {
  title: string;
  empty: boolean;
  emptyText: string;
  children: ReactNode;
}

export function DetailSection({ title, empty, emptyText, children }: Props) {
  return (
    <section aria-label={title}>
      <Title order={3} size="h6" mb="xs">
        {title}
      </Title>
      {empty ? (
        <Text size="sm" c="dimmed">
          {emptyText}
        </Text>
      ) : (
        children
      )}
    </section>
  );
}
