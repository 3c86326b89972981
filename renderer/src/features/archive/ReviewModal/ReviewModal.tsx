/**
 * The review step between segmentation and the archive: per page its publication and date
 * (a date is required), per story its furniture and body, with merge / split / delete / move.
 * Save (Mod+Enter) stores them with archive:save; Cancel (Esc) discards, asking first when
 * something was edited. Files archive:preview could not read are listed with the reason.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, Button, Group, Modal, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ImportReport } from '../../../../../shared/domain/archive';
import { useI18n } from '../../../i18n';
import { errorMessage } from '../../common/notify';
import { fileFailureText } from '../../common/fileErrors';
import { PathReasons } from '../../common/PathReasons';
import { modKey } from '../../shell/shortcuts';
import { useImport } from '../ImportContext';
import { ISO_DATE, toReviewPages, toSavePages, type ReviewPage } from '../reviewEdit';
import { PageEditor } from './PageEditor';
import classes from './ReviewModal.module.css';

export function ReviewModal() {
  const i18n = useI18n();
  const { t, tn } = i18n;
  const { review, saveReview, discardReview } = useImport();
  const [pages, setPages] = useState<ReviewPage[]>([]);
  const [edited, setEdited] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [confirmOpen, setConfirmOpen] = useState(false);

  useEffect(() => {
    setPages(review ? toReviewPages(review.pages) : []);
    setEdited(false);
    setSaveError(null);
    setConfirmOpen(false);
  }, [review]);

  const editPage = useCallback((pageKey: number, change: (page: ReviewPage) => ReviewPage) => {
    setEdited(true);
    setPages((now) => now.map((p) => (p.key === pageKey ? change(p) : p)));
  }, []);

  const live = pages.filter((p) => p.stories.length > 0);
  const datesMissing = live.filter((p) => !ISO_DATE.test(p.date.trim())).length;
  const headlineMissing = live.some((p) => p.stories.some((s) => !s.headline.trim()));
  const canSave = !saving && live.length > 0 && datesMissing === 0 && !headlineMissing;

  const save = async () => {
    if (!canSave) return;
    setSaving(true);
    setSaveError(null);
    try {
      await saveReview(toSavePages(pages));
    } catch (error) {
      setSaveError(error);
    } finally {
      setSaving(false);
    }
  };
  const requestCancel = useCallback(() => {
    if (edited) setConfirmOpen(true);
    else discardReview();
  }, [edited, discardReview]);

  useReviewKeys(review !== null && !confirmOpen, save, requestCancel);

  let status: string | null = null;
  if (live.length === 0) status = t('review.nothingToSave');
  else if (datesMissing > 0) status = tn('review.datesMissing', datesMissing);
  else if (headlineMissing) status = t('review.headlineMissing');

  return (
    <>
      <Modal
        opened={review !== null}
        onClose={requestCancel}
        fullScreen
        closeOnEscape={false}
        title={t('review.title')}
        closeButtonProps={{ 'aria-label': t('common.cancel') }}
      >
        <div className={classes.body}>
          <Text size="sm" c="dimmed">
            {t('review.intro')}
          </Text>

          {review && review.failed.length > 0 && <FailedFiles failed={review.failed} />}

          {pages.map((page, pageIndex) => (
            <PageEditor key={page.key} page={page} index={pageIndex} onEdit={editPage} />
          ))}

          <div className={classes.footer}>
            <div className={classes.footerStatus} aria-live="polite">
              {saveError ? (
                <Text size="sm" c="red" role="alert">
                  {t('review.saveFailed')}: {errorMessage(i18n, saveError)}
                </Text>
              ) : status ? (
                <Text size="sm" c="orange">
                  {status}
                </Text>
              ) : null}
            </div>
            <Button variant="default" onClick={requestCancel}>
              {t('common.cancel')}
            </Button>
            <Tooltip label={t('review.saveHint', { keys: `${modKey()}+Enter` })}>
              <Button onClick={() => void save()} disabled={!canSave} loading={saving}>
                {t('review.save')}
              </Button>
            </Tooltip>
          </div>
        </div>
      </Modal>

      <DiscardConfirm
        opened={confirmOpen}
        onKeepEditing={() => setConfirmOpen(false)}
        onDiscard={() => {
          setConfirmOpen(false);
          discardReview();
        }}
      />
    </>
  );
}

/**
 * Mod+Enter saves and Escape cancels from anywhere in the review, text fields included,
 * while `live` (the review is open and no confirmation asks first).
 */
function useReviewKeys(live: boolean, save: () => Promise<void>, cancel: () => void) {
  const saveRef = useRef(save);
  saveRef.current = save;
  useEffect(() => {
    if (!live) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
        event.preventDefault();
        void saveRef.current();
      } else if (event.key === 'Escape' && !event.defaultPrevented) {
        // A menu open inside the review closes first.
        if (document.querySelector('[role="menu"]')) return;
        event.preventDefault();
        cancel();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [live, cancel]);
}

/** Files archive:preview could not read, each with the reason. */
function FailedFiles({ failed }: { failed: ImportReport['failed'] }) {
  const i18n = useI18n();
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={i18n.tn('review.failed', failed.length)}>
      <PathReasons items={failed.map((f) => ({ path: f.path, reason: fileFailureText(i18n, f) }))} />
    </Alert>
  );
}

/** Asked before an edited review is thrown away. */
function DiscardConfirm({ opened, onKeepEditing, onDiscard }: { opened: boolean; onKeepEditing: () => void; onDiscard: () => void }) {
  const { t } = useI18n();
  return (
    <Modal opened={opened} onClose={onKeepEditing} title={t('review.discardTitle')} size="sm" zIndex={400} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Text size="sm" mb="md">
        {t('review.discardBody')}
      </Text>
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onKeepEditing} data-autofocus>
          {t('review.keepEditing')}
        </Button>
        <Button color="red" onClick={onDiscard}>
          {t('review.discard')}
        </Button>
      </Group>
    </Modal>
  );
}
