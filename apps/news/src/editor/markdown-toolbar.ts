/** What a toolbar button does to the Markdown text around the selection. */
export type MarkdownAction = 'bold' | 'italic' | 'heading' | 'list' | 'link';

/** A textarea's text with its selection. */
export interface TextSelection {
  value: string;
  start: number;
  end: number;
}

const wrappers: Record<'bold' | 'italic', string> = { bold: '**', italic: '_' };

/**
 * Applies a toolbar action as a person typing Markdown would: bold and italic wrap the selection
 * (or a placeholder word, selected so typing replaces it), a heading or list marks the start of
 * each selected line, a link wraps the selection as its text with the address selected.
 */
export function applyMarkdown({ value, start, end }: TextSelection, action: MarkdownAction, placeholder: string): TextSelection {
  const selected = value.slice(start, end);
  const before = value.slice(0, start);
  const after = value.slice(end);
  switch (action) {
    case 'bold':
    case 'italic': {
      const mark = wrappers[action];
      const text = selected || placeholder;
      return { value: `${before}${mark}${text}${mark}${after}`, start: start + mark.length, end: start + mark.length + text.length };
    }
    case 'link': {
      const text = selected || placeholder;
      const address = 'https://';
      const next = `${before}[${text}](${address})${after}`;
      const addressStart = start + text.length + 3;
      return { value: next, start: addressStart, end: addressStart + address.length };
    }
    case 'heading':
    case 'list': {
      const prefix = action === 'heading' ? '## ' : '- ';
      const lineStart = value.lastIndexOf('\n', start - 1) + 1;
      const block = value.slice(lineStart, end);
      const marked = block
        .split('\n')
        .map((line) => (line.startsWith(prefix) ? line : `${prefix}${line}`))
        .join('\n');
      const next = value.slice(0, lineStart) + marked + value.slice(end);
      return { value: next, start: lineStart, end: lineStart + marked.length };
    }
  }
}
