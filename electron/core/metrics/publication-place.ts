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

/** The name as the place table compares names: width-folded, simplified, trimmed. */
function foldedName(publication: string): string {
  return toSimplified(publication.normalize('NFKC')).trim();
}

export function cityInPublicationName(publication: string | null): string | null {
  if (!publication) return null;
  const name = foldedName(publication);
  const outlet = OUTLET_SUFFIX.exec(name);
  if (!outlet) return null;
  const stem = name.slice(0, outlet.index).replace(/市$/, '');
  if (stem.length < 2 || stem.length > 4) return null;
  if (MUNICIPALITIES.has(stem)) return stem;
  // 吉林日报 is the province's paper, though a city bears the name too: a province's name before 日报 names the province.
  const province = placeOf(`${stem}省`);
  if (province?.id && province.level === 'province') return null;
  const place = placeOf(`${stem}市`);
  // A county-level city (昆山日报) says 我市 of itself as a prefecture-level one does.
  return place?.id && (place.level === 'city' || place.level === 'district') ? stem : null;
}

/**
 * Papers whose names are words that a district also bears: 光明日报 is national, 解放日报 is
 * Shanghai's, whatever 光明区 and 解放区 may be.
 */
const NAMED_FOR_A_WORD = new Set(['光明', '解放', '新华', '人民', '工人', '团结', '前进', '胜利', '和平', '友谊', '红旗', '东方', '文汇']);

/** What follows a district's or county's name in its government's or its media centre's name. */
const DISTRICT_BODY_SUFFIX = /(?:人民政府|政府|融媒体中心|新闻中心|发布)$/;

/**
 * The district or county whose own paper or government published a story: 海淀报 is Haidian's,
 * 潼南报 Tongnan's, 杭州市滨江区人民政府 Binjiang's. Their reports say 全区/我区 and name their
 * district rarely, while the city or province above it is named often (在市委、市政府坚强领导下,
 * 对重庆提出的…要求), so the name is what says whose figures they are. A name two districts share
 * (朝阳区) says nothing.
 */
export function districtInPublicationName(publication: string | null): string | null {
  if (!publication) return null;
  const name = foldedName(publication).replace(/[(（][^)）]*[)）]$/, '').trim();
  const body = DISTRICT_BODY_SUFFIX.exec(name) ?? OUTLET_SUFFIX.exec(name);
  if (!body) return null;
  const stem = name.slice(0, body.index);
  // 河北日报, 海南日报: a province's paper, whatever district shares its name.
  const itself = placeOf(stem);
  if (NAMED_FOR_A_WORD.has(stem) || (itself?.id && itself.level !== 'district')) return null;
  const candidates = /[区县旗]$/.test(stem) ? [stem] : [`${stem}区`, `${stem}县`, `${stem}新区`];
  for (const candidate of candidates) {
    if (candidate.length < 3) continue;
    const place = placeOf(candidate);
    if (place?.id && place.level === 'district') return candidate.replace(/^.*?[省市](?=[\u4e00-\u9fff]{2,}[区县旗]$)/, '');
  }
  return null;
}
