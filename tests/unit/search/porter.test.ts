/**
 * The app's Porter stemmer against SQLite's own: each word goes through an FTS5 column with
 * the search index's tokenizer, and fts5vocab reads back the stem it stored. The team
 * archive on PostgreSQL stems with porterStem, so a disagreement here is a word that finds
 * different stories on the two engines.
 */
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { porterStem } from '../../../electron/core/text/porter';

const WORDS = [
  'caresses', 'ponies', 'ties', 'caress', 'cats', 'feed', 'agreed', 'plastered', 'bled', 'motoring', 'sing',
  'conflated', 'troubled', 'sized', 'hopping', 'tanned', 'falling', 'hissing', 'fizzed', 'failing', 'filing',
  'happy', 'sky', 'relational', 'conditional', 'rational', 'valenci', 'hesitanci', 'digitizer', 'conformabli',
  'radicalli', 'differentli', 'vileli', 'analogousli', 'vietnamization', 'predication', 'operator', 'feudalism',
  'decisiveness', 'hopefulness', 'callousness', 'formaliti', 'sensitiviti', 'sensibiliti', 'triplicate',
  'formative', 'formalize', 'electriciti', 'electrical', 'hopeful', 'goodness', 'revival', 'allowance',
  'inference', 'airliner', 'gyroscopic', 'adjustable', 'defensible', 'irritant', 'replacement', 'adjustment',
  'dependent', 'adoption', 'homologou', 'communism', 'activate', 'angulariti', 'homologous', 'effective',
  'bowdlerize', 'probate', 'rate', 'cease', 'controll', 'roll', 'generalizations', 'oscillators',
  'dwellings', 'dwelling', 'housing', 'targets', 'missed', 'government', 'additional', 'officers', 'hiring',
  'emissions', 'vehicles', 'zevs', 'promised', 'by', 'is', 'gdp', 'covid', 'naïve', 'cafés', 'yearly', 'crying',
];

const db = new Database(':memory:');
db.exec(`CREATE VIRTUAL TABLE words USING fts5(w, tokenize = 'porter unicode61 remove_diacritics 2');
  CREATE VIRTUAL TABLE stems USING fts5vocab(words, 'row');`);
afterAll(() => db.close());

function sqliteStem(word: string): string {
  db.exec('DELETE FROM words');
  db.prepare('INSERT INTO words (w) VALUES (?)').run(word);
  return (db.prepare('SELECT term FROM stems').pluck().all() as string[]).join(' ');
}

it.each(WORDS)('%s stems as SQLite stems it', (word) => {
  const folded = word.normalize('NFD').replace(/\p{Mn}/gu, '').normalize('NFC');
  expect(porterStem(folded)).toBe(sqliteStem(word));
});
