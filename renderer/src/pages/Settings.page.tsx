import { SettingsForm } from '../features/settings/SettingsForm';

export default function SettingsPage() {
  return <SettingsForm />;
}
