/**
 * The browser actions a draft needs, passed in so views are tested with a fake: copying rich text,
 * opening a window the user asked for (a compose window, a printable letter), saving a file.
 */
export interface DraftIO {
  copyRich(html: string, text: string): Promise<void>;
  openWindow(url: string): void;
  download(fileName: string, mime: string, content: string): void;
}

export const browserDraftIO: DraftIO = {
  async copyRich(html, text) {
    // Rich text for Outlook and Gmail, plain text for everything else.
    if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        }),
      ]);
      return;
    }
    await navigator.clipboard.writeText(text);
  },
  openWindow(url) {
    // A top-level navigation the user clicked for: Owed itself sends nothing anywhere.
    window.open(url, '_blank', 'noopener');
  },
  download(fileName, mime, content) {
    const url = URL.createObjectURL(new Blob([content], { type: mime }));
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
};
