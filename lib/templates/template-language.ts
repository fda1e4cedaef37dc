/**
 * The tiny template language of reminders and letters, a subset of Mustache:
 * - `{{customer.name}}` inserts a value (HTML-escaped in the HTML output);
 * - `{{#invoices}}…{{/invoices}}` repeats for each item of a list (its fields by name), or shows
 *   the block once when the value is present and not empty/zero;
 * - `{{^fee}}…{{/fee}}` shows the block when the value is absent, empty or zero.
 * A section tag alone on its line takes the line with it. Nothing else is a tag: no raw HTML (the
 * template's own text is escaped too), no partials, no logic, so a user-edited template cannot
 * inject markup or run anything.
 */

export type Node =
  | { kind: 'text'; text: string }
  | { kind: 'value'; path: string }
  | { kind: 'section'; path: string; inverted: boolean; children: Node[] };

export class TemplateError extends Error {
  constructor(
    message: string,
    readonly problems: string[],
  ) {
    super(message);
    this.name = 'TemplateError';
  }
}

const TAG = /\{\{\s*([#^/]?)\s*([^{}]*?)\s*\}\}/g;
const PATH = /^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*$/;
const STANDALONE = /^[ \t]*(\{\{\s*[#^/][^{}]*\}\})[ \t]*\r?\n/gm;

/** Sections inside sections: a letter needs two or three; more is a mistake or an attack. */
const MAX_DEPTH = 8;

/**
 * What one render may do: values and text inserted, and characters written. A section over a
 * list inside another over a list multiplies (40 invoices nested 6 deep is 4 billion values):
 * rendering stops at the limit with a TemplateError instead of growing exponentially.
 */
const MAX_PIECES = 200_000;
const MAX_CHARS = 2_000_000;

export function parseTemplate(source: string): Node[] {
  const text = source.replace(STANDALONE, '$1');
  const root: Node[] = [];
  const stack: { path: string; children: Node[] }[] = [{ path: '', children: root }];
  const problems: string[] = [];
  let last = 0;
  for (const match of text.matchAll(TAG)) {
    const [whole, sigil, path = ''] = match;
    const children = stack[stack.length - 1]!.children;
    if (match.index > last) children.push({ kind: 'text', text: text.slice(last, match.index) });
    last = match.index + whole.length;
    if (!PATH.test(path)) {
      problems.push(`“${whole}” is not a placeholder (use names like {{customer.name}})`);
      continue;
    }
    if (sigil === '#' || sigil === '^') {
      if (stack.length > MAX_DEPTH) {
        problems.push(`sections nest more than ${MAX_DEPTH} deep ({{${sigil}${path}}})`);
        break;
      }
      const section: Node = { kind: 'section', path, inverted: sigil === '^', children: [] };
      children.push(section);
      stack.push({ path, children: section.children });
    } else if (sigil === '/') {
      const open = stack[stack.length - 1]!;
      if (stack.length === 1 || open.path !== path)
        problems.push(`{{/${path}}} closes ${stack.length === 1 ? 'nothing' : `{{#${open.path}}}`}`);
      else stack.pop();
    } else children.push({ kind: 'value', path });
  }
  if (last < text.length) stack[stack.length - 1]!.children.push({ kind: 'text', text: text.slice(last) });
  for (const open of stack.slice(1)) problems.push(`{{#${open.path}}} is never closed`);
  if (/\{\{|\}\}/.test(text.replace(TAG, ''))) problems.push('a stray “{{” or “}}”');
  if (problems.length > 0) throw new TemplateError(`The template has errors: ${problems.join('; ')}`, problems);
  return root;
}

export type Scope = Record<string, unknown>;

function lookup(scopes: Scope[], path: string): unknown {
  const [head, ...rest] = path.split('.');
  for (let i = scopes.length - 1; i >= 0; i--) {
    const scope = scopes[i]!;
    if (!(head! in scope)) continue;
    let value: unknown = scope[head!];
    for (const key of rest) value = value !== null && typeof value === 'object' ? (value as Scope)[key] : undefined;
    return value;
  }
  return undefined;
}

const present = (v: unknown) =>
  !(v === undefined || v === null || v === false || v === '' || v === 0 || (Array.isArray(v) && v.length === 0));

/**
 * Renders parsed nodes; `escapeText` is applied to every inserted value and to the template's own text
 * too (identity for plain text): templates are plain text, so a user-edited one cannot add markup.
 */
export function renderNodes(nodes: Node[], scopes: Scope[], escapeText: (s: string) => string): string {
  return renderWithin(nodes, scopes, escapeText, { pieces: 0, chars: 0 });
}

function spend(budget: { pieces: number; chars: number }, text: string): string {
  budget.pieces++;
  budget.chars += text.length;
  if (budget.pieces > MAX_PIECES || budget.chars > MAX_CHARS)
    throw new TemplateError(
      'The template repeats too much: its sections inside sections multiply past what a letter can hold.',
      [
        `sections repeat past ${MAX_PIECES.toLocaleString('en-US')} pieces or ${MAX_CHARS.toLocaleString('en-US')} characters`,
      ],
    );
  return text;
}

function renderWithin(
  nodes: Node[],
  scopes: Scope[],
  escapeText: (s: string) => string,
  budget: { pieces: number; chars: number },
): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') out += spend(budget, escapeText(node.text));
    else if (node.kind === 'value') {
      const value = lookup(scopes, node.path);
      out += spend(
        budget,
        value === undefined || value === null || typeof value === 'object' ? '' : escapeText(String(value)),
      );
    } else {
      spend(budget, '');
      const value = lookup(scopes, node.path);
      if (node.inverted) {
        if (!present(value)) out += renderWithin(node.children, scopes, escapeText, budget);
      } else if (Array.isArray(value)) {
        for (const item of value)
          out += renderWithin(
            node.children,
            [...scopes, item !== null && typeof item === 'object' ? (item as Scope) : { '.': item }],
            escapeText,
            budget,
          );
      } else if (present(value)) {
        out += renderWithin(
          node.children,
          typeof value === 'object' ? [...scopes, value as Scope] : scopes,
          escapeText,
          budget,
        );
      }
    }
  }
  return out;
}

/** Placeholders that would not resolve against `example` (a context with every field filled). */
export function unknownPlaceholders(nodes: Node[], example: Scope, scopes: Scope[] = [example]): string[] {
  const unknown: string[] = [];
  for (const node of nodes) {
    if (node.kind === 'text') continue;
    const value = lookup(scopes, node.path);
    if (value === undefined) unknown.push(node.path);
    if (node.kind === 'section') {
      const inner = Array.isArray(value) ? value[0] : value;
      const next = inner !== null && typeof inner === 'object' ? [...scopes, inner as Scope] : scopes;
      unknown.push(...unknownPlaceholders(node.children, example, next));
    }
  }
  return [...new Set(unknown)];
}
