/** What the finished import says, file by file: skipped, failed, and what it assumed. */
import { List, Text } from '@mantine/core';
import type { ImportReport } from '../../../../shared/domain/archive';
import { useI18n } from '../../i18n';
import { fileFailureText } from '../common/fileErrors';
import { PathReasons } from '../common/PathReasons';
import { WithContent } from '../common/WithContent';
import { importNotesText } from './importNotes';

const MAX_LISTED = 50;

export function ImportReportLists({ report }: { report: ImportReport }) {
  const i18n = useI18n();
  const { t, tn } = i18n;
  return (
    <>
      {report.cancelled && (
        <Text size="sm" c="orange">
          {t('import.reportCancelled')}
        </Text>
      )}
      <Text size="sm">{tn('import.reportImported', report.imported.length)}</Text>
      {report.skipped.length > 0 && (
        <div>
          <Text size="sm" fw={500}>
            {tn('import.reportSkipped', report.skipped.length)}
          </Text>
          <PathReasons items={report.skipped.slice(0, MAX_LISTED)} />
        </div>
      )}
      {report.failed.length > 0 && (
        <div>
          <Text size="sm" fw={500} c="red">
            {tn('import.reportFailed', report.failed.length)}
          </Text>
          <PathReasons items={report.failed.slice(0, MAX_LISTED).map((f) => ({ path: f.path, reason: fileFailureText(i18n, f) }))} />
        </div>
      )}
      {report.assumed.length > 0 && (
        <div>
          <Text size="sm" fw={500}>
            {t('import.reportAssumed')}
          </Text>
          <List size="sm" spacing={2} data-testid="import-assumed">
            {importNotesText(i18n, report)
              .slice(0, MAX_LISTED)
              .map((a, i) => (
                <List.Item key={`${a.text}:${i}`}>
                  <WithContent text={a.text} spans={a.spans} />
                </List.Item>
              ))}
          </List>
        </div>
      )}
    </>
  );
}
