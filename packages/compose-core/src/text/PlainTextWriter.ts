/** A line prefix: a quote's `> ` or a list item's marker (first line) and indent (following lines). */
interface Prefix {
  first: string;
  rest: string;
  used: boolean;
}

/**
 * Accumulates plain text line by line: collapses HTML whitespace, keeps at most the requested number of line
 * breaks between blocks, and starts every line with the active quote/list prefixes.
 */
export class PlainTextWriter {
  private readonly lines: string[] = [];
  private line: string | undefined;
  private lineHasText = false;
  private pendingBreaks = 0;
  // How many prefixes the blank lines before the next line carry: only those active on both sides of the gap.
  private pendingDepth = Number.POSITIVE_INFINITY;
  private readonly prefixes: Prefix[] = [];

  /** Inline text; runs of HTML whitespace become one space. */
  text(raw: string): void {
    let text = raw.replace(/[ \t\n\r\f]+/g, ' ');
    if (!this.lineHasText || this.line?.endsWith(' ')) text = text.replace(/^ /, '');
    if (text === '') return;
    this.open();
    this.line += text.replace(/\u00a0/g, ' ');
    this.lineHasText = true;
  }

  /** A line exactly as given (pre-formatted text, rules, underlines). */
  verbatimLine(text: string): void {
    this.end();
    this.open();
    this.line += text;
    this.lineHasText = true;
    this.end();
  }

  /** Ends the current line; the next text starts `breaks - 1` blank lines further down (none at the start). */
  block(breaks: 1 | 2): void {
    this.end();
    this.pendingBreaks = Math.max(this.pendingBreaks, breaks);
    this.pendingDepth = Math.min(this.pendingDepth, this.prefixes.length);
  }

  /**
   * `<br>`: a new line, so two in a row give a blank line. A `<br>` alone on a line right after a paragraph break
   * (the editor's empty `<p><br></p>`) is absorbed by that blank line instead of adding another.
   */
  lineBreak(): void {
    if (this.line === undefined && this.pendingBreaks >= 2) return;
    this.open();
    this.end();
  }

  withPrefix(first: string, rest: string, render: () => void): void {
    this.prefixes.push({ first, rest, used: false });
    try {
      render();
    } finally {
      this.end();
      this.prefixes.pop();
      this.pendingDepth = Math.min(this.pendingDepth, this.prefixes.length);
    }
  }

  toString(): string {
    this.end();
    const isBlank = (line: string | undefined) => line !== undefined && /^[> ]*$/.test(line);
    while (isBlank(this.lines[this.lines.length - 1])) this.lines.pop();
    while (isBlank(this.lines[0])) this.lines.shift();
    return this.lines.join('\n');
  }

  private open(): void {
    if (this.line !== undefined) return;
    if (this.lines.length > 0) {
      const depth = Math.min(this.pendingDepth, this.prefixes.length);
      const blank = this.prefixes
        .slice(0, depth)
        .map((p) => p.rest)
        .join('')
        .trimEnd();
      for (let i = 1; i < this.pendingBreaks; i++) this.lines.push(blank);
    }
    this.pendingBreaks = 0;
    this.pendingDepth = Number.POSITIVE_INFINITY;
    this.line = this.prefixes.map((p) => (p.used ? p.rest : ((p.used = true), p.first))).join('');
    this.lineHasText = false;
  }

  private end(): void {
    if (this.line === undefined) return;
    this.lines.push(this.line.trimEnd());
    this.line = undefined;
    this.lineHasText = false;
  }
}
