import { useEffect, useState } from 'react';
import { Button, Checkbox, Group, Modal, SegmentedControl, Stack, TextInput, Textarea } from '@mantine/core';
import { useI18n } from '../../i18n';
import { useImport } from './ImportContext';
import { ChosenFiles } from './ChosenFiles';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The review step is on by default for this many sources or fewer. */
export const REVIEW_DEFAULT_MAX = 5;

/** Asks what to import (files or pasted text) and the optional publication and date. */
export function ImportModal() {
  const i18n = useI18n();
  const { t } = i18n;
  const { modalOpened, closeImport, mode, setMode, files, start, job, reading, previewing, review } = useImport();
  const [publication, setPublication] = useState('');
  const [date, setDate] = useState('');
  const [text, setText] = useState('');
  const [textName, setTextName] = useState('');
  /** null: follow the default for the number of files. */
  const [reviewChoice, setReviewChoice] = useState<boolean | null>(null);

  useEffect(() => {
    if (!modalOpened) return;
    // Each import starts with empty fields: empty means "infer from the file name".
    setPublication('');
    setDate('');
    setReviewChoice(null);
  }, [modalOpened]);

  const dateError = date.trim() !== '' && !ISO_DATE.test(date.trim()) ? t('import.dateInvalid') : null;
  const sourceCount = mode === 'files' ? files.length : 1;
  const reviewOn = reviewChoice ?? sourceCount <= REVIEW_DEFAULT_MAX;
  // A review can start while a background (watched-folder) job runs; a second job cannot.
  const busy = reading || previewing || review !== null || (job !== null && !reviewOn);
  const canStart = !busy && !dateError && (mode === 'files' ? files.length > 0 : text.trim().length > 0);

  const submit = async () => {
    if (!canStart) return;
    await start({ mode, text, textName, publication, date, review: reviewOn });
    if (mode === 'text') {
      setText('');
      setTextName('');
    }
  };

  return (
    <Modal opened={modalOpened} onClose={closeImport} title={t('import.modalTitle')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <SegmentedControl
            aria-label={t('import.mode')}
            value={mode}
            onChange={(value) => setMode(value === 'text' ? 'text' : 'files')}
            data={[
              { value: 'files', label: t('import.mode.files') },
              { value: 'text', label: t('import.mode.text') },
            ]}
          />

          {mode === 'files' ? (
            <ChosenFiles />
          ) : (
            <Stack gap="xs">
              <Textarea
                label={t('import.textLabel')}
                placeholder={t('import.textPlaceholder')}
                autosize
                minRows={6}
                maxRows={14}
                value={text}
                onChange={(event) => setText(event.currentTarget.value)}
                data-autofocus
              />
              <TextInput
                label={t('import.textName')}
                placeholder={t('import.textNamePlaceholder')}
                value={textName}
                onChange={(event) => setTextName(event.currentTarget.value)}
              />
            </Stack>
          )}

          <Group grow align="flex-start">
            <TextInput
              label={t('import.publication')}
              description={t('import.publicationHint')}
              value={publication}
              maxLength={200}
              onChange={(event) => setPublication(event.currentTarget.value)}
            />
            <TextInput
              label={t('import.date')}
              description={t('import.dateHint')}
              placeholder="YYYY-MM-DD"
              value={date}
              error={dateError}
              onChange={(event) => setDate(event.currentTarget.value)}
            />
          </Group>

          <Checkbox
            label={t('import.review')}
            description={t('import.reviewHint')}
            checked={reviewOn}
            onChange={(event) => setReviewChoice(event.currentTarget.checked)}
          />

          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={closeImport}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" disabled={!canStart}>
              {t('import.start')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
