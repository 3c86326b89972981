export { Reader } from './Reader';
