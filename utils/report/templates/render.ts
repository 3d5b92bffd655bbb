/**
 * Mustache (4.2.0) for the report's editable wording. Mustache interprets
 * templates (no eval / new Function), so it runs under the MV3 content
 * security policy.
 *
 * Templates render to plain text that becomes Blocks; HTML escaping happens
 * once, when the Blocks are rendered (clipboard.ts, docx.ts), and covers the
 * page data and the template's own text alike. Mustache's own escaping is
 * therefore off here: it would print "HĐND&amp;UBND" in the text flavour and
 * escape twice in HTML.
 */
import Mustache from 'mustache';
import type { Block } from '../blocks';

/** Placeholder values: text, or a flag for {{#co_…}} … {{/co_…}} blocks. */
export type View = Record<string, string | boolean>;

export interface Rendered {
  text: string;
  /** Placeholders the output actually used (not those inside a block that was skipped). */
  used: string[];
}

const NO_ESCAPE = { escape: (value: string): string => value };

/** Renders `source`; the caller checks it first (checkTemplate) so unknown names cannot pass silently. */
export function renderTemplate(source: string, view: View): Rendered {
  const used = new Set<string>();
  const tracked = new Proxy(view, {
    get(target, name) {
      if (typeof name === 'string' && Object.hasOwn(target, name)) used.add(name);
      return Reflect.get(target, name);
    },
  });
  const text = Mustache.render(source, tracked, {}, NO_ESCAPE);
  return { text, used: [...used] };
}

type Token = [type: string, value: string, start: number, end: number, children?: Token[]];

/** Names a template refers to, with their positions, including those in {{#…}} blocks. */
function namesIn(tokens: readonly Token[], found: { name: string; start: number; type: string }[] = []) {
  for (const [type, value, start, , children] of tokens) {
    if (type === 'name' || type === '&' || type === '#' || type === '^' || type === '>') found.push({ name: value, start, type });
    if (children) namesIn(children, found);
  }
  return found;
}

/** 1-based line of a character position, for messages the clerk can act on. */
const lineOf = (source: string, position: number): number => source.slice(0, position).split('\n').length;

function syntaxProblem(source: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const unclosedTag = /^Unclosed tag at (\d+)/.exec(message);
  if (unclosedTag) return `Dòng ${lineOf(source, Number(unclosedTag[1]))}: thiếu dấu đóng “}}”.`;
  const unclosed = /^Unclosed section "(.*)" at (\d+)/.exec(message);
  if (unclosed) return `Khối “{{#${unclosed[1]}}}” chưa có “{{/${unclosed[1]}}}” để đóng.`;
  const unopened = /^Unopened section "(.*)" at (\d+)/.exec(message);
  if (unopened) return `Dòng ${lineOf(source, Number(unopened[2]))}: “{{/${unopened[1]}}}” không khớp với khối nào đang mở.`;
  return `Mẫu không đọc được: ${message}`;
}

/**
 * Problems of a template, in Vietnamese; empty when it is fine. Every
 * placeholder must be one of `known`; partials ({{> …}}) are not offered.
 */
export function checkTemplate(source: string, known: readonly string[]): string[] {
  let tokens: Token[];
  try {
    tokens = Mustache.parse(source) as Token[];
  } catch (error) {
    return [syntaxProblem(source, error)];
  }
  const allowed = new Set(known);
  const problems: string[] = [];
  for (const { name, start, type } of namesIn(tokens)) {
    const line = lineOf(source, start);
    if (type === '>') problems.push(`Dòng ${line}: không dùng được mẫu con “{{> ${name}}}”.`);
    else if (!allowed.has(name)) problems.push(`Dòng ${line}: không có trường “{{${name}}}”. Các trường dùng được: ${known.join(', ')}.`);
  }
  return [...new Set(problems)];
}

/** Rendered text → Blocks: paragraphs are separated by blank lines; a one-line paragraph "- …" is a bullet. */
export function textToBlocks(text: string): Block[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part): Block => (part.startsWith('- ') && !part.includes('\n') ? { kind: 'bullet', text: part.slice(2) } : { kind: 'para', text: part }));
}
