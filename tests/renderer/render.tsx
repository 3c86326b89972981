import type { ReactElement, ReactNode } from 'react';
import { render, type RenderOptions } from '@testing-library/react';
import { AppProviders } from '../../renderer/src/App';

/** Renders inside the app's providers (Mantine in test mode: no transitions, no portals). */
export function renderWithProviders(ui: ReactElement, options?: Omit<RenderOptions, 'wrapper'>) {
  const Wrapper = ({ children }: { children: ReactNode }) => <AppProviders env="test">{children}</AppProviders>;
  return render(ui, { wrapper: Wrapper, ...options });
}
