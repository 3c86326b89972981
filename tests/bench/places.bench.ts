/**
 * The place table: how long building it takes (once, when check first needs it) and what one
 * question of it costs. `placeRelation` runs for every figure against every candidate target, so
 * its cost with a warm cache matters; `placeOf` of a name never seen (a long compound, or no
 * place at all) is the worst case, paid once per distinct entity.
 *  - `places.build`: the first import of places.ts, rows and name index (ms);
 *  - `places.relation`: one placeRelation between names already seen (µs);
 *  - `places.placeOf.unseen`: one placeOf of a name not seen before, half places, half not (µs).
 */
import { performance } from 'node:perf_hooks';
import type { BenchFigure } from './types';

const NAMES = ['新乡市', '滨江区', '宁波市江北区', '江北区', '桃園市', 'California', 'Camden', 'Prime Minister Rishi Sunak', '香港机场管理局', '中国', '某某县', 'the council'];
const RELATIONS = 200_000;
const UNSEEN = 20_000;

export async function benchPlaces(): Promise<BenchFigure[]> {
  await import('../../electron/core/text/simplify'); // the OpenCC table is not the place table's cost
  const t0 = performance.now();
  const { placeOf, placeRelation } = await import('../../electron/core/metrics/places');
  const build = performance.now() - t0;
  for (const a of NAMES) for (const b of NAMES) placeRelation(a, b);
  const t1 = performance.now();
  for (let i = 0; i < RELATIONS; i++) placeRelation(NAMES[i % NAMES.length]!, NAMES[(i * 7 + 3) % NAMES.length]!);
  const relation = ((performance.now() - t1) * 1000) / RELATIONS;
  const t2 = performance.now();
  for (let i = 0; i < UNSEEN; i++) placeOf(i % 2 ? `浙江省杭州市滨江区第${i}号` : `杭州市${i}`);
  const unseen = ((performance.now() - t2) * 1000) / UNSEEN;
  const round = (n: number): number => Math.round(n * 100) / 100;
  return [
    { name: 'places.build', value: round(build), unit: 'ms' },
    { name: 'places.relation', value: round(relation), unit: 'µs' },
    { name: 'places.placeOf.unseen', value: round(unseen), unit: 'µs' },
  ];
}
