/** The reference reader: Recognizers-Text's number recognizer, spans as [start, end) offsets. */
import { Culture, recognizeNumber } from '@microsoft/recognizers-text-suite';

export interface ReferenceReading {
  start: number;
  end: number;
  text: string;
  value: number;
}

export function referenceReadings(text: string, language: 'zh' | 'en'): ReferenceReading[] {
  const out: ReferenceReading[] = [];
  for (const r of recognizeNumber(text, language === 'zh' ? Culture.Chinese : Culture.English)) {
    const value = Number(r.resolution?.value);
    if (!Number.isFinite(value)) continue;
    out.push({ start: r.start, end: r.end + 1, text: r.text, value });
  }
  return out;
}
