import { IconChecklist } from '@tabler/icons-react';
import { ComingSoon } from '../features/common/ComingSoon';

export default function CheckPage() {
  return <ComingSoon icon={<IconChecklist size={24} />} title="check.title" body={['check.body', 'check.body2']} />;
}
