/**
 * Legacy Chinese encodings: GB18030/GBK for mainland pages, Big5 for Taiwan ones. A wrong
 * guess turns a page into mojibake in the archive, so every byte string here must either
 * decode to exactly the text that was encoded, or be refused with bad_encoding.
 * Byte strings were made with iconv from the text beside them.
 */
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../electron/core/archive/decode';
import { ImportError } from '../../../electron/core/archive/types';

const TRAD = '疾管署今天公布，公費流感疫苗開打首週，全台已有逾40萬人完成接種。';
const SIMP = '今年前两个月，全国消费市场平稳开局，春节假期销售额同比增长。';
const JA = '東京都は５日、新しい感染症対策を発表した。ひらがなとカタカナを含む文章です。';
const KO = '서울시는 5일 새로운 교통 정책을 발표했다고 밝혔다.';

const hex = (h: string) => Buffer.from(h, 'hex');

function outcome(bytes: Uint8Array): { text: string; encoding: string } | 'refused' {
  try {
    return decodeText(bytes);
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    expect((e as ImportError).code).toBe('bad_encoding');
    return 'refused';
  }
}

describe('decodeText: Big5 and GB without mojibake', () => {
  it('reads Big5 traditional Chinese', () => {
    const big5 = hex('af65badeb870a4b5a4d1a4bda5aca141a4bdb64fac79b750acccad5db67da5b4adbab667a141a5fea578a477a6b3b94f3430b855a448a7b9a6a8b1b5bad8a143');
    expect(decodeText(big5)).toEqual({ text: TRAD, encoding: 'big5' });
  });

  it('still reads GB18030 simplified Chinese as GB18030, not Big5', () => {
    const gb = hex('bdf1c4eac7b0c1bdb8f6d4c2a3acc8abb9facffbb7d1cad0b3a1c6bdcec8bfaabed6a3acb4babddabcd9c6dacffacadbb6eecdacb1c8d4f6b3a4a1a3');
    expect(decodeText(gb)).toEqual({ text: SIMP, encoding: 'gb18030' });
  });

  it.each([
    ['traditional Chinese saved as GBK', TRAD, 'bcb2b9dccaf0bdf1ccecb9abb2bca3acb9abd94dc1f7b8d0d2dfc3e7e95fb4f2cad7df4ca3acc8abcca8d2d1d3d0d3e23430c866c8cbcdeab3c9bdd3b74ea1a3'],
    ['Japanese in Shift-JIS', JA, '938c8b9e937382cd825493fa8141905682b582a28ab490f58fc791ce8df482f094ad955c82b582bd814282d082e782aa82c882c6834a835e834a836982f08adc82de95b68fcd82c582b78142'],
    ['Japanese in EUC-JP', JA, 'c5ecb5fec5d4a4cfa3b5c6fca1a2bfb7a4b7a4a4b4b6c0f7bec9c2d0baf6a4f2c8afc9bda4b7a4bfa1a3a4d2a4e9a4aca4caa4c8a5aba5bfa5aba5caa4f2b4dea4e0cab8becfa4c7a4b9a1a3'],
    ['Korean in EUC-KR', KO, 'bcadbfefbdc3b4c22035c0cf20bbf5b7cebfee20b1b3c5eb20c1a4c3a5c0bb20b9dfc7a5c7dfb4d9b0ed20b9e0c7fbb4d92e'],
  ])('%s: decoded exactly or refused, never garbled', (_what, text, bytes) => {
    const got = outcome(hex(bytes));
    if (got !== 'refused') expect(got.text).toBe(text);
  });

  it('refuses a short run of high bytes that proves nothing', () => {
    expect(outcome(hex('a4a4a4e5'))).toBe('refused');
  });
});
