export { TargetDetailDrawer, TargetDetailView } from './TargetDetail';
