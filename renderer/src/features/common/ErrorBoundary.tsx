import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useI18n } from '../../i18n';

interface Props {
  children: ReactNode;
  /** When this changes, a failed boundary tries again (for example the route). */
  resetKey?: unknown;
  /** Outside the providers: a fallback without Mantine or the catalogues. */
  plain?: boolean;
}

interface State {
  error: Error | null;
  resetKey: unknown;
}

/** Catches render errors so that one broken view never leaves a white window. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (props.resetKey !== state.resetKey) return { resetKey: props.resetKey, error: null };
    return null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Figure Desk view error', error, info.componentStack);
  }

  reset = () => this.setState({ error: null });

  override render() {
    if (this.state.error) {
      if (this.props.plain) return <PlainFallback error={this.state.error} />;
      return <ErrorFallback error={this.state.error} onReset={this.reset} />;
    }
    return this.props.children;
  }
}

export function ErrorFallback({ error, onReset }: { error: Error; onReset: () => void }) {
  const { t } = useI18n();
  return (
    <Alert role="alert" color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('error.title')} m="md">
      <Stack gap="sm">
        <Text size="sm">{t('error.body')}</Text>
        <Code block>{error.message}</Code>
        <Group gap="sm">
          <Button size="xs" variant="light" onClick={onReset}>
            {t('error.tryAgain')}
          </Button>
          <Button size="xs" variant="subtle" onClick={() => window.location.reload()}>
            {t('error.reload')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

/** Bilingual and dependency-free, for a failure in the providers themselves. */
function PlainFallback({ error }: { error: Error }) {
  return (
    <div role="alert" style={{ padding: '2rem', fontFamily: 'system-ui, sans-serif', maxWidth: '40rem' }}>
      <h1 style={{ fontSize: '1.25rem' }}>Figure Desk 无法启动 · Figure Desk could not start</h1>
      <p>档案数据不受影响。请重新加载窗口。 Your archive is safe; reload the window.</p>
      <pre style={{ whiteSpace: 'pre-wrap' }}>{error.message}</pre>
      <button type="button" onClick={() => window.location.reload()}>
        重新加载 · Reload
      </button>
    </div>
  );
}
