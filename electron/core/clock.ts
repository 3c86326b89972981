/** ISO timestamps for created_at/updated_at; one function so tests can reason about them. */
export function nowIso(): string {
  return new Date().toISOString();
}
