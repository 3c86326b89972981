import { Badge, type BadgeProps } from '@mantine/core';
import type { TargetStatus } from '../../../../shared/domain/target';
import { useI18n } from '../../i18n';
import { STATUS_COLORS, statusLabel } from './targetText';

export function StatusBadge({ status, ...props }: { status: TargetStatus } & Omit<BadgeProps, 'color' | 'children'>) {
  const i18n = useI18n();
  return (
    <Badge variant="light" color={STATUS_COLORS[status]} data-status={status} tt="none" {...props}>
      {statusLabel(i18n, status)}
    </Badge>
  );
}
