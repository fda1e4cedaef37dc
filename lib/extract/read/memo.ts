/**
 * `judge` with its answers remembered, for up to `max` distinct texts (past that it still answers,
 * without remembering). For judgements asked again and again of the same few texts: a page's
 * locale, a status column's words, a due column's dates.
 */
export function memo<T>(judge: (text: string) => T, max = Infinity): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    const known = answers.get(text);
    if (known !== undefined || answers.has(text)) return known as T;
    const answer = judge(text);
    if (answers.size < max) answers.set(text, answer);
    return answer;
  };
}
