import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/** A two-column table of labelled facts (About, an indicator's definition), label on the left. */
export function FactsTable({ rows, labelWidth = '10rem' }: { rows: ReadonlyArray<readonly [string, ReactNode]>; labelWidth?: string }) {
  return (
    <Table variant="vertical" withRowBorders={false} verticalSpacing={2}>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={labelWidth} fw={500}>
              {label}
            </Table.Th>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
