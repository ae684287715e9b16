import type { MessageValues } from './types';

// A small ICU MessageFormat subset, so every widget string can carry plurals without a 10 KB runtime:
// `{name}`, `{n, number}`, `{d, date}`, `{d, time}`, `{n, plural, =0 {…} one {# file} other {# files}}`,
// `{n, selectordinal, …}` and `{x, select, a {…} other {…}}`, with `'{'` quoting as in ICU.

type Node = string | Arg;
interface Arg {
  name: string;
  type: string;
  style: string;
  options: Map<string, Node[]>;
  offset: number;
}

const cache = new Map<string, Node[]>();

/** Formats `message` for `locale`. An unknown or missing argument renders as its name in braces, never throws. */
export function formatMessage(message: string, values: MessageValues = {}, locale = 'en'): string {
  let nodes = cache.get(message);
  if (!nodes) {
    nodes = parse(message, { i: 0 }, false);
    cache.set(message, nodes);
  }
  return render(nodes, values, locale, undefined);
}

function render(nodes: Node[], values: MessageValues, locale: string, pound: number | undefined): string {
  let out = '';
  for (const node of nodes) {
    if (typeof node === 'string') {
      out += pound === undefined ? node : node.replace(/#/g, new Intl.NumberFormat(locale).format(pound));
      continue;
    }
    const value = values[node.name];
    if (value === undefined) {
      out += `{${node.name}}`;
      continue;
    }
    out += renderArg(node, value, values, locale);
  }
  return out;
}

function renderArg(node: Arg, value: string | number | Date, values: MessageValues, locale: string): string {
  switch (node.type) {
    case 'plural':
    case 'selectordinal': {
      const n = Number(value) - node.offset;
      const exact = node.options.get(`=${Number(value)}`);
      const rule = new Intl.PluralRules(locale, { type: node.type === 'plural' ? 'cardinal' : 'ordinal' }).select(n);
      const branch = exact ?? node.options.get(rule) ?? node.options.get('other') ?? [];
      return render(branch, values, locale, n);
    }
    case 'select': {
      const branch = node.options.get(String(value)) ?? node.options.get('other') ?? [];
      return render(branch, values, locale, undefined);
    }
    case 'number':
      return new Intl.NumberFormat(locale, node.style === 'percent' ? { style: 'percent' } : {}).format(Number(value));
    case 'date':
      return new Intl.DateTimeFormat(locale, { dateStyle: dateStyle(node.style) }).format(toDate(value));
    case 'time':
      return new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(toDate(value));
    default:
      return value instanceof Date ? new Intl.DateTimeFormat(locale).format(value) : String(value);
  }
}

function dateStyle(style: string): 'short' | 'medium' | 'long' | 'full' {
  return style === 'short' || style === 'long' || style === 'full' ? style : 'medium';
}

function toDate(value: string | number | Date): Date {
  return value instanceof Date ? value : new Date(value);
}

function parse(src: string, pos: { i: number }, nested: boolean): Node[] {
  const nodes: Node[] = [];
  let text = '';
  while (pos.i < src.length) {
    const ch = src[pos.i]!;
    if (ch === "'" && (src[pos.i + 1] === '{' || src[pos.i + 1] === '}' || src[pos.i + 1] === "'")) {
      // ICU quoting: '' is a literal quote; '{…}' is literal text.
      if (src[pos.i + 1] === "'") {
        text += "'";
        pos.i += 2;
        continue;
      }
      const end = src.indexOf("'", pos.i + 1);
      text += src.slice(pos.i + 1, end === -1 ? src.length : end);
      pos.i = end === -1 ? src.length : end + 1;
      continue;
    }
    if (ch === '{') {
      if (text) nodes.push(text);
      text = '';
      pos.i++;
      nodes.push(parseArg(src, pos));
      continue;
    }
    if (ch === '}' && nested) break;
    text += ch;
    pos.i++;
  }
  if (text) nodes.push(text);
  return nodes;
}

function parseArg(src: string, pos: { i: number }): Arg {
  const head = readUntil(src, pos, /[,}]/);
  const arg: Arg = { name: head.trim(), type: '', style: '', options: new Map(), offset: 0 };
  if (src[pos.i] === '}') {
    pos.i++;
    return arg;
  }
  pos.i++; // ','
  arg.type = readUntil(src, pos, /[,}]/).trim();
  if (src[pos.i] === '}') {
    pos.i++;
    return arg;
  }
  pos.i++; // ','
  if (arg.type !== 'plural' && arg.type !== 'select' && arg.type !== 'selectordinal') {
    arg.style = readUntil(src, pos, /}/).trim();
    pos.i++;
    return arg;
  }
  for (;;) {
    const key = readUntil(src, pos, /[{}]/).trim();
    if (src[pos.i] !== '{') break;
    pos.i++;
    const offset = /^offset:(\d+)\s+(.*)$/.exec(key);
    const selector = offset ? offset[2]! : key;
    if (offset) arg.offset = Number(offset[1]);
    arg.options.set(selector, parse(src, pos, true));
    pos.i++; // the option's '}'
  }
  pos.i++; // the argument's '}'
  return arg;
}

function readUntil(src: string, pos: { i: number }, stop: RegExp): string {
  const start = pos.i;
  while (pos.i < src.length && !stop.test(src[pos.i]!)) pos.i++;
  return src.slice(start, pos.i);
}
