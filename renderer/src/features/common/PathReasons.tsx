/** Files listed with why: each path in monospace, then a dash and the reason in words. */
import { List, Text } from '@mantine/core';

export interface PathReason {
  path: string;
  reason: string;
}

export function PathReasons({ items }: { items: PathReason[] }) {
  return (
    <List size="sm" spacing={2}>
      {items.map((item, i) => (
        <List.Item key={`${item.path}:${i}`}>
          <Text span size="sm" ff="monospace">
            {item.path}
          </Text>
          {' — '}
          {item.reason}
        </List.Item>
      ))}
    </List>
  );
}
