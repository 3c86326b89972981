import { useState } from 'react';
import { ArchiveBrowser } from '../features/archive/ArchiveBrowser';
import { Reader } from '../features/reader/Reader';

/**
 * #/archive shows the list or search; #/archive/story/:id the reader. The list stays
 * mounted (hidden) under the reader so the search, the loaded rows and the scroll
 * position are all still there on the way back.
 */
export default function ArchivePage({ storyId, figureId = null }: { storyId: number | null; figureId?: number | null }) {
  const [lastOpenedId, setLastOpenedId] = useState<number | null>(null);
  // Noted while rendering, not in an effect: an effect made a second render and commit of
  // the reader and the hidden list on every story opened.
  if (storyId !== null && storyId !== lastOpenedId) setLastOpenedId(storyId);

  return (
    <>
      <div hidden={storyId !== null}>
        <ArchiveBrowser active={storyId === null} lastOpenedId={storyId === null ? lastOpenedId : null} />
      </div>
      {storyId !== null && <Reader key={storyId} storyId={storyId} figureId={figureId} />}
    </>
  );
}
