export { CheckView } from './CheckView';
