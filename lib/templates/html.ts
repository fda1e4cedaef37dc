const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/**
 * Turns rendered body text into simple email HTML: blank lines separate paragraphs, lines
 * starting with "- " become a list, other line breaks become <br>. The input's inserted values
 * are already escaped, so the only tags here are the ones this function adds.
 */
export function textToHtml(escapedText: string): string {
  const blocks = tidyText(escapedText).split(/\n\n/);
  const html: string[] = [];
  for (const block of blocks) {
    // Runs of "- " lines are a list; the other runs are paragraphs with line breaks (kept after
    // each <br> so the HTML reads as the same text as the plain version).
    let run: string[] = [];
    let listRun = false;
    const flush = () => {
      if (run.length === 0) return;
      html.push(
        listRun ? `<ul>${run.map((l) => `<li>${l.slice(2)}</li>`).join('')}</ul>` : `<p>${run.join('<br>\n')}</p>`,
      );
      run = [];
    };
    for (const line of block.split('\n')) {
      const isItem = line.startsWith('- ');
      if (isItem !== listRun) flush();
      listRun = isItem;
      run.push(line);
    }
    flush();
  }
  return html.join('\n');
}

/** Plain text: trimmed, no runs of blank lines left by empty sections. */
export const tidyText = (text: string): string =>
  text
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
