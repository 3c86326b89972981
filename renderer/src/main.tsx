import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './features/common/ErrorBoundary';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    {/* The outermost net: even a failure in the providers shows a message, not a white window. */}
    <ErrorBoundary plain>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
