/**
 * Reads the differential corpus with the reference library (Microsoft Recognizers-Text, a
 * devDependency only) and writes its readings to reference-readings.json, so the test suite
 * compares against them without spending minutes in the reference.
 * Run: npx tsx tests/differential/snapshot.ts (after any change to the corpus).
 */
import { writeFileSync } from 'node:fs';
import { corpusHash, corpusTexts, SNAPSHOT_FILE } from './corpus';
import { referenceReadings } from './reference';

const texts = corpusTexts();
const files: Record<string, ReturnType<typeof referenceReadings>> = {};
for (const t of texts) files[t.name] = referenceReadings(t.text, t.language);
writeFileSync(SNAPSHOT_FILE, `${JSON.stringify({ about: 'Numbers read by @microsoft/recognizers-text-suite (recognizeNumber) over the differential corpus. Regenerate with npx tsx tests/differential/snapshot.ts.', corpusHash: corpusHash(texts), files }, null, 0).replace(/\],"/g, '],\n"')}\n`);
console.log(`wrote ${SNAPSHOT_FILE}: ${Object.values(files).reduce((n, r) => n + r.length, 0)} readings over ${texts.length} texts`);
