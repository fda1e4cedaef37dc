/// <reference types="office-js" />

/**
 * Outlook's theme on the pane: Office.context.officeTheme (Mailbox 1.14; Outlook on the web,
 * Windows and Mac, https://learn.microsoft.com/javascript/api/office/office.officetheme) gives the
 * body and control colours, set here as CSS variables taskpane.css uses. Where it is missing
 * (older Outlook, mobile) the pane follows the system's light or dark scheme (prefers-color-scheme).
 */
export function applyOfficeTheme(office: typeof Office, root: HTMLElement): boolean {
  // isDarkTheme is a method in Office's samples and a property in some typings: both are read.
  const theme = office.context?.officeTheme as
    | (Omit<Office.OfficeTheme, 'isDarkTheme'> & { isDarkTheme?: boolean | (() => boolean) })
    | undefined;
  if (!theme?.bodyBackgroundColor) return false;
  const colour = (v: string | undefined) => (v && /^#[0-9a-f]{3,8}$/i.test(v) ? v : undefined);
  const vars: Record<string, string | undefined> = {
    '--pane-bg': colour(theme.bodyBackgroundColor),
    '--pane-fg': colour(theme.bodyForegroundColor),
    '--control-bg': colour(theme.controlBackgroundColor),
    '--control-fg': colour(theme.controlForegroundColor),
  };
  for (const [name, value] of Object.entries(vars)) if (value) root.style.setProperty(name, value);
  const dark = typeof theme.isDarkTheme === 'function' ? theme.isDarkTheme() : theme.isDarkTheme;
  if (typeof dark === 'boolean') root.style.colorScheme = dark ? 'dark' : 'light';
  return true;
}
