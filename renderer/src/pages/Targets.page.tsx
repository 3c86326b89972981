import { TargetsBoard } from '../features/targets/TargetsBoard';
import { useRoute } from '../router';

/** #/targets: the board; #/targets/<id> opens a target's detail over it. */
export default function TargetsPage() {
  const route = useRoute();
  return <TargetsBoard targetId={route.targetId ?? null} />;
}
