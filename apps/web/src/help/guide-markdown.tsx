import { Fragment, type ReactNode } from 'react';
import { slugOf } from './help-sections';

/**
 * A small renderer for the Markdown the user guide uses (docs/guide.md): headings, paragraphs,
 * ordered and unordered lists with indented continuation lines, **bold**, `code` and links. It
 * builds React elements (never HTML strings). Screenshots and the maintainers' note (a
 * blockquote) are left out: the in-app guide is the text.
 */
export type Block =
  | { kind: 'heading'; level: number; text: string; id: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] };

const IMAGE_LINE = /^!\[[^\]]*\]\([^)]*\)$/;
const LIST_ITEM = /^(\d+\.|[-*])\s+(.*)$/;

export function parseGuide(markdown: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    if (list) blocks.push({ kind: 'list', ...list });
    paragraph = [];
    list = null;
  };
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trimEnd();
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const item = LIST_ITEM.exec(line);
    if (!line.trim() || line.startsWith('>') || IMAGE_LINE.test(line.trim())) {
      flush();
    } else if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: heading[1]!.length, text: heading[2]!, id: slugOf(heading[2]!) });
    } else if (item) {
      const ordered = item[1]!.endsWith('.');
      if (paragraph.length || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push(item[2]!);
    } else if (list && /^\s+/.test(raw)) {
      list.items[list.items.length - 1] += ` ${line.trim()}`;
    } else {
      if (list) flush();
      paragraph.push(line.trim());
    }
  }
  flush();
  return blocks;
}

const INLINE = /\*\*(.+?)\*\*|`([^`]+)`|\[([^\]]+)\]\(([^)]+)\)/g;

/** Bold, code and links; links to other files of the repository stay plain text. */
export function renderInline(text: string): ReactNode[] {
  const nodes: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const index = match.index ?? 0;
    if (index > last) nodes.push(text.slice(last, index));
    const [, bold, code, label, href] = match;
    if (bold !== undefined) nodes.push(<strong key={index}>{renderInline(bold)}</strong>);
    else if (code !== undefined) nodes.push(<code key={index}>{code}</code>);
    else if (href!.startsWith('#') || /^https?:\/\//.test(href!)) {
      nodes.push(
        <a key={index} className="usa-link" href={href}>
          {label}
        </a>,
      );
    } else nodes.push(<Fragment key={index}>{label}</Fragment>);
    last = index + match[0].length;
  }
  if (last < text.length) nodes.push(text.slice(last));
  return nodes;
}
