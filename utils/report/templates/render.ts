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

/** What is wrong with a template, as a code with its details; components/strings words it in the chosen language. */
export type TemplateProblem =
  | { code: 'unclosedTag'; line: number }
  | { code: 'unclosedSection'; name: string }
  | { code: 'unopenedSection'; line: number; name: string }
  | { code: 'partial'; line: number; name: string }
  | { code: 'unknownName'; line: number; name: string; known: readonly string[] }
  | { code: 'unreadable'; detail: string };

/**
 * A template the report could not use as written: a saved section template
 * (`template` = its Options label; the default was printed instead) or the
 * clerk's own text (printed as typed).
 */
export interface ReportProblem {
  template?: string;
  problem: TemplateProblem;
}

function syntaxProblem(source: string, error: unknown): TemplateProblem {
  const message = error instanceof Error ? error.message : String(error);
  const unclosedTag = /^Unclosed tag at (\d+)/.exec(message);
  if (unclosedTag) return { code: 'unclosedTag', line: lineOf(source, Number(unclosedTag[1])) };
  const unclosed = /^Unclosed section "(.*)" at (\d+)/.exec(message);
  if (unclosed) return { code: 'unclosedSection', name: unclosed[1] ?? '' };
  const unopened = /^Unopened section "(.*)" at (\d+)/.exec(message);
  if (unopened) return { code: 'unopenedSection', line: lineOf(source, Number(unopened[2])), name: unopened[1] ?? '' };
  return { code: 'unreadable', detail: message };
}

/** Each problem once, in order (structured values compared by content). */
export function uniqueProblems<T>(problems: readonly T[]): T[] {
  const seen = new Map(problems.map((p) => [JSON.stringify(p), p] as const));
  return [...seen.values()];
}

/**
 * Problems of a template; empty when it is fine. Every placeholder must be
 * one of `known`; partials ({{> …}}) are not offered.
 */
export function checkTemplate(source: string, known: readonly string[]): TemplateProblem[] {
  let tokens: Token[];
  try {
    tokens = Mustache.parse(source) as Token[];
  } catch (error) {
    return [syntaxProblem(source, error)];
  }
  const allowed = new Set(known);
  const problems: TemplateProblem[] = [];
  for (const { name, start, type } of namesIn(tokens)) {
    const line = lineOf(source, start);
    if (type === '>') problems.push({ code: 'partial', line, name });
    else if (!allowed.has(name)) problems.push({ code: 'unknownName', line, name, known });
  }
  return uniqueProblems(problems);
}

/** Rendered text → Blocks: paragraphs are separated by blank lines; a one-line paragraph "- …" is a bullet. */
export function textToBlocks(text: string): Block[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part): Block => (part.startsWith('- ') && !part.includes('\n') ? { kind: 'bullet', text: part.slice(2) } : { kind: 'para', text: part }));
}
