import { CheckView } from '../features/check/CheckView';
import { StoryPicker } from '../features/check/StoryPicker';
import { useRoute } from '../router';

/** #/check: pick a story; #/check/<storyId>: its figures checked against targets and earlier reporting. */
export default function CheckPage() {
  const route = useRoute();
  return route.storyId !== null ? <CheckView key={route.storyId} storyId={route.storyId} /> : <StoryPicker />;
}
