/**
 * The city a local paper is named for: 杭州日报 is Hangzhou's, 新乡晚报 Xinxiang's. Its stories
 * say 我市/全市 and often leave the city unnamed, so when the editor has not set the paper's city,
 * the name says it. Only a city (or a municipality with a province's rank) counts: 人民日报 and
 * 中国日报 name no city, and a provincial paper's 全省 is resolved from its text.
 */
import { toSimplified } from '../text/simplify';
import { placeOf } from './places';

/** What follows the place in a local news outlet's name. */
const OUTLET_SUFFIX = /(?:日报|晚报|晨报|早报|商报|都市报|时报|新闻网|新闻|发布|融媒|广播电视台|电视台|报)(?:社|客户端|网|APP)?$/i;
const MUNICIPALITIES = new Set(['北京', '上海', '天津', '重庆']);

export function cityInPublicationName(publication: string | null): string | null {
  if (!publication) return null;
  const name = toSimplified(publication.normalize('NFKC')).trim();
  const outlet = OUTLET_SUFFIX.exec(name);
  if (!outlet) return null;
  const stem = name.slice(0, outlet.index).replace(/市$/, '');
  if (stem.length < 2 || stem.length > 4) return null;
  if (MUNICIPALITIES.has(stem)) return stem;
  const place = placeOf(`${stem}市`);
  return place?.id && place.level === 'city' ? stem : null;
}
