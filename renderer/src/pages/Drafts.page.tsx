import { DraftEditorPage } from '../features/drafts/DraftEditor';
import { DraftList } from '../features/drafts/DraftList';
import { useRoute } from '../router';

export default function DraftsPage() {
  const { draftId } = useRoute();
  return draftId ? <DraftEditorPage id={draftId} /> : <DraftList />;
}
