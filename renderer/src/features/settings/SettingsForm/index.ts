export { SettingsForm } from './SettingsForm';
