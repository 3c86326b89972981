import { IconTarget } from '@tabler/icons-react';
import { ComingSoon } from '../features/common/ComingSoon';

export default function TargetsPage() {
  return <ComingSoon icon={<IconTarget size={24} />} title="targets.title" body={['targets.body', 'targets.body2']} />;
}
