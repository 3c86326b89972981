import type { Db } from '../connection';

export type PublicationRepository = ReturnType<typeof publicationRepository>;

export function publicationRepository(db: Db) {
  const findStmt = db.prepare(`SELECT id FROM publications WHERE name = ?`).pluck();
  const insertStmt = db.prepare(`INSERT INTO publications (name, city, language) VALUES (?, ?, ?) RETURNING id`).pluck();
  const namesStmt = db.prepare(`SELECT name FROM publications ORDER BY name`).pluck();
  return {
    /** The publication's id, creating it on first sight. */
    idFor(name: string, city: string | null = null, language: string | null = null): number {
      const id = findStmt.get(name) as number | undefined;
      return id ?? (insertStmt.get(name, city, language) as number);
    },
    names(): string[] {
      return namesStmt.all() as string[];
    },
  };
}
