/**
 * Remembers a pure function of one string: extraction asks for the same few readings many times
 * per story (a metric's key for every figure of a sentence, the value of 「万」 or 「1.2亿」). The
 * memory is emptied when it holds `limit` answers, so it never grows with the archive.
 */
export function rememberByString<T>(read: (text: string) => T, limit = 20_000): (text: string) => T {
  const known = new Map<string, T>();
  return (text: string): T => {
    const remembered = known.get(text);
    if (remembered !== undefined || known.has(text)) return remembered as T;
    if (known.size >= limit) known.clear();
    const answer = read(text);
    known.set(text, answer);
    return answer;
  };
}
