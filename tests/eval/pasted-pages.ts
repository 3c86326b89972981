/**
 * Furniture precision and recall on the labelled pasted web pages
 * (tests/fixtures/pasted-pages): `npm run eval:pasted`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseText } from '../../electron/core/archive/parse';
import { loadPastedLabels, PASTED, scoreFurniture } from '../unit/archive/pasted-pages-score';

for (const set of ['pages', 'heldOut'] as const) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  console.log(set === 'pages' ? 'labelled pages (the rules were written with these in view)' : 'held-out pages');
  for (const labels of loadPastedLabels(set)) {
    const text = readFileSync(join(PASTED, labels.file), 'utf8');
    const page = parseText(text);
    const s = scoreFurniture(text, page, labels);
    tp += s.truePositives;
    fp += s.falsePositives;
    fn += s.falseNegatives;
    console.log(`  ${labels.file.padEnd(26)} dropped furniture ${s.truePositives}, dropped story lines ${s.falsePositives}, furniture kept ${s.falseNegatives}; stories ${JSON.stringify(page.stories.map((x) => x.headline))}, date ${page.date}`);
  }
  console.log(`  furniture precision ${(tp / (tp + fp || 1)).toFixed(3)}  recall ${(tp / (tp + fn || 1)).toFixed(3)}  (${tp + fn} labelled lines)`);
}
