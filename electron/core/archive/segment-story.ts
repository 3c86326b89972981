/** Turning a draft into a story: headline stack, byline, dateline, genre and body text. */
import type { ParsedStory } from '../../../shared/domain/story';
import { importNote, type ImportNote } from '../../../shared/import-notes';
import {
  foldFurniture,
  isRoleLine,
  leadingDate,
  parseBylineLine,
  parseCredit,
  parseOpener,
  trailingCredit,
  type BylineLine,
  type Opener,
} from './bylines';
import { COMMENTARY_KICKER, hanCount, isChinese, langOf, startsMidSentence, wordCount } from './signals';
import { endsInCredit, isHeading, type Draft } from './segment-drafts';
import { splitStack } from './segment-heads';
import { resolveDateline } from './segment-dateline';

const CONCLUSION = /就一定|一定能|一定会|必将|必定|定能|必然能|才能真正/;

/**
 * Boxed commentaries are often dumped with their last column out of order, leaving the
 * conclusion (which echoes the headline: 「抓住科技创新这个关键变量…就一定能…」) in the
 * middle. Move it back to the end, only when both signals agree.
 */
function restoreConclusion(paras: string[], headline: string): { paras: string[]; moved: string | null } {
  if (paras.length < 3) return { paras, moved: null };
  const key = headline.replace(/\s+/g, '');
  const last = paras[paras.length - 1]!;
  if (key.length < 4 || CONCLUSION.test(last) || last.includes(key)) return { paras, moved: null };
  const idx = paras.findIndex((p, k) => k < paras.length - 1 && k > 0 && p.includes(key) && CONCLUSION.test(p));
  if (idx < 0) return { paras, moved: null };
  const out = paras.slice();
  const [moved] = out.splice(idx, 1);
  out.push(moved!);
  return { paras: out, moved: moved! };
}

/** The credit with roles of whichever attribution gave the byline: the byline line, the opening bracket or the closing one. */
function creditOf(byline: string | null, sources: Array<{ names: string | null; credit?: string } | null>): { credit?: string } {
  const source = sources.find((s) => s?.credit && s.names === byline);
  return byline && source?.credit ? { credit: source.credit } : {};
}

export function buildStory(d: Draft, pageDate: string | null, notes: ImportNote[]): ParsedStory {
  const heads = splitStack(d.stack);
  let subhead = heads.subhead;
  if (d.standfirst) subhead = subhead ? `${subhead} ${d.standfirst.text.trim()}` : d.standfirst.text.trim();
  if (heads.tags.length) notes.push(importNote('campaign_logo', { tags: heads.tags.map((t) => `「${t}」`).join(' '), headline: heads.headline }));

  const body = d.body.slice();
  let bylineLine: BylineLine | null = null;
  // Bylines printed on a line of their own (□张燕, By Jane Smith) are furniture, not body text.
  // …and so is a role printed under the name (By Laura Bennett / Chief Reporter).
  while (body.length && (parseBylineLine(body[0]!.text) || isRoleLine(body[0]!.text))) {
    const text = body.shift()!.text;
    const parsed = parseBylineLine(text);
    if (!parsed) {
      // The role under the name is part of the credit: By Laura Bennett / Chief Reporter.
      if (bylineLine && !bylineLine.credit) bylineLine = Object.assign({}, bylineLine, { credit: `${bylineLine.names}, ${text.trim()}` });
      continue;
    }
    if (!bylineLine) bylineLine = parsed;
    else {
      const credit = bylineLine.credit || parsed.credit ? `${bylineLine.credit ?? bylineLine.names} ${parsed.credit ?? parsed.names}` : undefined;
      bylineLine = Object.assign({}, bylineLine, { names: `${bylineLine.names}、${parsed.names}` }, credit ? { credit } : {});
    }
  }
  const first = body[0]?.text.trim() ?? '';
  const opener: Opener | null = first ? parseOpener(first) : null;
  if (bylineLine || opener) {
    // A picture caption set between the paragraphs of a signed story (…。 Photograph: X/Agency)
    // belongs to the picture, not to the text: leave it out and say so.
    for (let k = body.length - 2; k >= 1; k--) {
      const b = body[k]!;
      if (endsInCredit(b) && !isHeading(body[k + 1]) && (isChinese(b.text) ? hanCount(b.text) <= 80 : wordCount(b.text) <= 50)) {
        notes.push(importNote('caption_left_out', { caption: b.text.trim().slice(0, 24), headline: heads.headline }));
        body.splice(k, 1);
      }
    }
  }
  const credit = body.map((b) => parseCredit(b.text)).filter((c) => c !== null);
  const isPhoto = !bylineLine && !opener && credit.length > 0 && endsInCredit(body[body.length - 1] ?? { text: '', blankBefore: 0 });

  let trailing: string | null = null;
  let trailingRoles: string | undefined;
  if (!bylineLine && !opener?.names && body.length) {
    const tc = trailingCredit(body[body.length - 1]!.text);
    if (tc) {
      trailing = tc.names;
      trailingRoles = tc.credit;
      body[body.length - 1] = { ...body[body.length - 1]!, text: tc.rest };
    }
  }
  let byline = bylineLine?.names ?? opener?.names ?? trailing;
  if (!byline && isPhoto) byline = credit[credit.length - 1]!.names;
  const dateline = opener?.dateline ?? bylineLine?.dateline ?? leadingDate(first);

  const kicker = heads.kicker;
  const commentary =
    (kicker !== null && COMMENTARY_KICKER.test(foldFurniture(kicker))) || (bylineLine?.signature === true && !opener && !dateline);
  const genre: ParsedStory['genre'] = isPhoto ? 'photo' : commentary ? 'commentary' : 'news';

  let paras = body.map((b) => b.text.trim()).filter(Boolean);
  if (genre === 'commentary') {
    const r = restoreConclusion(paras, heads.headline);
    if (r.moved) {
      paras = r.paras;
      notes.push(importNote('moved_conclusion', { opening: r.moved.slice(0, 16), headline: heads.headline }));
    }
  }

  const truncated =
    d.continuation ||
    d.jumpedIn === true ||
    (genre === 'news' && !byline && !opener && !dateline && first !== '' && startsMidSentence(first, true));
  if (d.jumpedIn) notes.push(importNote('jumped_in', { headline: heads.headline || first.slice(0, 16) }));
  else if (d.continuation) notes.push(importNote('continuation', { opening: first.slice(0, 16) }));

  const text = [heads.headline, ...paras].join('\n');
  return {
    headline: heads.headline,
    subhead,
    kicker,
    byline,
    ...creditOf(byline, [bylineLine, opener, { names: trailing, credit: trailingRoles }]),
    dateline,
    datelineDate: resolveDateline(dateline, pageDate),
    body: paras.join('\n'),
    truncated,
    genre,
    language: langOf(text),
  };
}
