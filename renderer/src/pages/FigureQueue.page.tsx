import { FigureQueue } from '../features/figures/FigureQueue';

export default function FigureQueuePage() {
  return <FigureQueue />;
}
