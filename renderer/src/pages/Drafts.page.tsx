import { IconPencil } from '@tabler/icons-react';
import { ComingSoon } from '../features/common/ComingSoon';

export default function DraftsPage() {
  return <ComingSoon icon={<IconPencil size={24} />} title="drafts.title" body={['drafts.body', 'drafts.body2']} />;
}
