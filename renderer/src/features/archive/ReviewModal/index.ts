export { ReviewModal } from './ReviewModal';
