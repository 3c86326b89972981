export { ImportProvider, useImport } from './ImportContext';
export { readFileAsBase64 } from './importSources';
export type { ImportContextValue, ImportJob, ImportMode, ImportStartInput, ReviewState, ReviewedPage } from './types';
