/**
 * What a story says of a goal's prospects, beside the figure it reports: 'on an accelerating
 * trajectory to meet and exceed the president's goal', 'looks to be on track to meet its final
 * target', 「今年达标有所困难」. Before a deadline, a reading short of the goal cannot settle it;
 * the reporter's (or the official's) stated outlook is the best evidence of direction, and the
 * check quotes it rather than guessing.
 *
 * Rules are looked for in the figure's sentence; a negated or hedged form is its own rule.
 */
import { sentenceAround } from '../text/sentence';
import { toSimplified } from '../text/simplify';

export type Outlook = 'on_track' | 'off_track';

interface OutlookRule {
  name: string;
  outlook: Outlook;
  pattern: RegExp;
}

// Off-track rules come first: 'not on track' must not read as 'on track'.
export const OUTLOOK_RULES: readonly OutlookRule[] = [
  { name: 'en.not-on-track', outlook: 'off_track', pattern: /\b(?:not|no longer|isn't|aren't|is not|are not)\s+on\s+(?:track|course)\b/i },
  { name: 'en.off-track', outlook: 'off_track', pattern: /\boff[- ]track\b|\bbehind schedule\b/i },
  { name: 'en.will-miss', outlook: 'off_track', pattern: /\b(?:will|would|is set to|are set to|looks set to|is likely to|are likely to|is expected to|are expected to|is on course to|could)\s+(?:miss|fall (?:well |far )?short of)\b/i },
  { name: 'en.wont-be-met', outlook: 'off_track', pattern: /\b(?:will not|won't|cannot|can't|is unlikely to|are unlikely to)\s+(?:be\s+)?(?:met|hit|reached|achieved|meet|hit|reach|achieve)\b/i },
  { name: 'zh.hard-to-reach', outlook: 'off_track', pattern: /(?:达标|完成|实现|达成|达到)(?:目标)?(?:有所|较为|十分|非常)?困难|难以(?:完成|实现|达标|达成|如期)|恐难(?:完成|实现|达标|达成)|无法(?:如期)?(?:完成|实现|达标|达成)|(?:确定|将)(?:再)?(?:延后|推迟)|进度落后|落后于(?:预期|进度)/ },
  { name: 'en.on-track', outlook: 'on_track', pattern: /\bon\s+(?:track|course)\s+to\s+(?:meet|hit|reach|achieve|exceed|deliver|surpass)\b|\b(?:looks?|appears?|is|are|remains?)\s+(?:to be\s+)?on\s+track\b/i },
  { name: 'en.so-far-met', outlook: 'on_track', pattern: /\b(?:has|have)\s+so\s+far\s+(?:met|hit|achieved|exceeded|kept pace with)\b|\bahead of schedule\b/i },
  { name: 'en.trajectory', outlook: 'on_track', pattern: /\bon\s+(?:a|an|the|its)\s+(?:\w+\s+){0,2}trajectory\b[^.;]{0,40}\b(?:meet|exceed|reach|hit)\b/i },
  { name: 'en.set-to-meet', outlook: 'on_track', pattern: /\b(?:is|are)\s+(?:projected|expected|set|likely|poised)\s+to\s+(?:reach|meet|hit|exceed|surpass|pass)\b|\b(?:should|will|is expected to|is likely to)\s+be\s+(?:passed|met|exceeded|surpassed|reached)\b/i },
  { name: 'zh.expected-to-meet', outlook: 'on_track', pattern: /(?:有望|可望|预计将?|料将)(?:如期|提前|全面|超额)?(?:完成|实现|达成|突破|超过|达到)(?:[\u4e00-\u9fff]{0,8})?(?:目标|任务)|(?:符合|好于|快于)(?:预期)?进度|进度(?:正常|符合预期)/ },
];

export interface ReadOutlook {
  outlook: Outlook;
  rule: string;
  /** The words as printed, for the explanation. */
  words: string;
}

/**
 * The stated outlook in the sentence around [start, end) of `text`, if any. Only the figure's own
 * sentence: the next one often turns to another goal (「至于离岸风电符合进度」).
 */
export function outlookAround(text: string, start: number, end: number): ReadOutlook | null {
  const sentence = toSimplified(sentenceAround(text, start, end));
  for (const rule of OUTLOOK_RULES) {
    const m = rule.pattern.exec(sentence);
    if (m) return { outlook: rule.outlook, rule: rule.name, words: m[0] };
  }
  return null;
}
