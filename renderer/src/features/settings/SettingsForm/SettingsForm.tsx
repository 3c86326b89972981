/** The Settings page: one section per concern, each saving as the editor changes it. */
import { Alert, Stack, Title } from '@mantine/core';
import { api } from '../../../api';
import { useI18n } from '../../../i18n';
import { AnnotationTransfer } from '../AnnotationTransfer';
import { AnnotationTypesEditor } from '../AnnotationTypesEditor';
import { BackupPanel } from '../BackupPanel';
import { IndicatorLexicon } from '../IndicatorLexicon';
import { ReindexPanel } from '../ReindexPanel';
import { useAfterFirstFrame } from '../../common/useAfterFirstFrame';
import { useSettings } from '../SettingsContext';
import { AboutSection } from './AboutSection';
import { AppearanceSection } from './AppearanceSection';
import { FiguresSection } from './FiguresSection';
import { useSaveSetting } from './useSaveSetting';
import { BrowserWatchNote, WatchFolderSection } from './WatchFolderSection';

export function SettingsForm() {
  const { t } = useI18n();
  const { loaded, loadError } = useSettings();
  const save = useSaveSetting();
  const belowFirstScreen = useAfterFirstFrame();
  return (
    <Stack gap="lg" maw="48rem">
      <Title order={1} size="h3">
        {t('settings.title')}
      </Title>
      {loaded && loadError && (
        <Alert color="orange" variant="light" role="alert">
          {t('settings.loadFailed')} ({loadError.message})
        </Alert>
      )}
      <AppearanceSection save={save} />
      <FiguresSection save={save} />
      {belowFirstScreen && (
        <>
          {/* Browser mode takes no server-side path from the page (the bridge refuses it): no watched folder there. */}
          {api.transportKind() === 'ipc' ? <WatchFolderSection /> : <BrowserWatchNote />}
          <AnnotationTypesEditor />
          <AnnotationTransfer />
          <BackupPanel />
          <IndicatorLexicon />
          <ReindexPanel />
          <AboutSection />
        </>
      )}
    </Stack>
  );
}
