/** Text made literal inside a regular expression: 'U.S.' matches only 'U.S.', '(KNN)' only itself. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
