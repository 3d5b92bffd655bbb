/**
 * The whole report as Blocks in the seed's structure, for "Sao chép toàn
 * bộ" (clipboard.ts) and "Tải báo cáo (.docx)" (docx.ts): letterhead, title,
 * the clerk's narrative with its fixed headings, each generated section
 * (utils/report/sections) right after the part it names as its place,
 * closing sentence, "Nơi nhận" and signature.
 */
import type { Narrative } from '../domain/types';
import type { Block } from './blocks';
import { figuresAppendix } from './appendix';
import { letterheadBlock, signatureBlock } from './letterhead';
import { DEFAULT_NARRATIVE, NARRATIVE_TITLES } from './narrative';
import { FACT_KEYS } from './facts';
import { carriedFactLine, emptyFactLine, findGaps, gapLine } from './unfinished';
import { SECTIONS, type ReportContext, type ReportSection } from './sections';
import { renderNarrativeText } from './templates/narrative-text';
import { textToBlocks, uniqueProblems, type ReportProblem } from './templates/render';

export interface WholeReport {
  blocks: Block[];
  /** What printed as "chưa có số liệu", over all sections. */
  missing: string[];
  notes: string[];
  problems: ReportProblem[];
  /** What is still unfilled (gaps, empty or carried facts), one line per part: listed before copying or downloading. */
  unfinished: string[];
  /** The period's figures in the Biểu 06 layout and the indicators (appendix.ts): a page of its own after the signature in the .docx. */
  appendix: Block[];
}

/** Fixed headings of the seed; they may use the common placeholders. */
const HEADINGS = {
  results: 'I. KẾT QUẢ THỰC HIỆN',
  direction: '1. Công tác chỉ đạo, điều hành',
  regulation: '2. Về cải cách việc quy định TTHC',
  impact: '2.1. Kết quả đánh giá tác động và thẩm định TTHC trong dự án, dự thảo văn bản quy phạm pháp luật có quy định TTHC.',
  implementation:
    '3. Về cải cách việc thực hiện TTHC (theo đánh giá trên Hệ thống giải quyết TTHC {{thanh_pho}} từ ngày {{tu_ngay}} đến ngày {{den_ngay}})',
  publicity: '3.1. Kết quả công khai, minh bạch trong thực hiện TTHC',
  systems: '3.3. Kết quả hợp nhất, kết nối các hệ thống thông tin phục vụ giải quyết TTHC',
  assessment: 'II. ĐÁNH GIÁ CHUNG',
  nextTasks: 'III. NHIỆM VỤ CỦA {{ky_tiep_theo}}',
} as const;

/** 3.1 a) is the clerk's paragraph after this label. */
const PUBLIC_UPDATES_LABEL = 'a) Về việc cập nhật công khai TTHC: ';

export function buildWholeReport(context: ReportContext): WholeReport {
  const narrative: Narrative = context.narrative ?? DEFAULT_NARRATIVE;
  const problems: ReportProblem[] = [];
  const missing: string[] = [];
  const notes: string[] = [];
  const unfinished: string[] = [];
  const render = (source: string): string => {
    const rendered = renderNarrativeText(source, context.period, context.settings, narrative);
    problems.push(...rendered.problems);
    return rendered.text.trim();
  };
  for (const key of FACT_KEYS) {
    if (!narrative[key].trim()) unfinished.push(emptyFactLine(NARRATIVE_TITLES[key]));
    else if (context.narrativeFrom) unfinished.push(carriedFactLine(NARRATIVE_TITLES[key], context.narrativeFrom));
  }
  /** The clerk's part `key`, rendered, with its gaps listed under its title. */
  const part = (key: keyof Narrative): string => {
    const text = render(narrative[key]);
    unfinished.push(...findGaps(text).map((gap) => gapLine(NARRATIVE_TITLES[key], gap)));
    return text;
  };
  const heading = (source: string, upper = false): Block => {
    const text = render(source);
    return { kind: 'heading', text: upper ? text.toLocaleUpperCase('vi') : text };
  };
  const section = (s: ReportSection): Block[] => {
    const result = s.build({ ...context, narrative });
    missing.push(...result.missing);
    notes.push(...result.notes);
    problems.push(...result.problems);
    return result.blocks;
  };
  const sectionsAfter = (place: ReportSection['after']): Block[] => SECTIONS.filter((s) => s.after === place).flatMap(section);
  const own = (key: keyof Narrative, prefix = ''): Block[] => [...textToBlocks(prefix + part(key)), ...sectionsAfter(key)];

  const blocks: Block[] = [
    letterheadBlock(context.period, context.settings),
    ...sectionsAfter('letterhead'),
    ...own('basis'),
    heading(HEADINGS.results),
    heading(HEADINGS.direction),
    ...own('direction'),
    heading(HEADINGS.regulation),
    heading(HEADINGS.impact),
    ...own('impactAssessment'),
    heading(HEADINGS.implementation),
    heading(HEADINGS.publicity),
    ...own('publicUpdates', PUBLIC_UPDATES_LABEL),
    heading(HEADINGS.systems),
    ...own('systems'),
    heading(HEADINGS.assessment),
    ...own('assessment'),
    heading(HEADINGS.nextTasks, true),
    ...own('nextTasks'),
    ...own('closing'),
    signatureBlock(part('recipients'), context.settings.signer),
  ];
  // 2.2 opens with the clerk's reductionBasis inside a generated section: its gaps are listed under that part too.
  unfinished.push(...findGaps(render(narrative.reductionBasis)).map((gap) => gapLine(NARRATIVE_TITLES.reductionBasis, gap)));
  const unique = (items: string[]): string[] => [...new Set(items)];
  return { blocks, missing: unique(missing), notes: unique(notes), problems: uniqueProblems(problems), unfinished: unique(unfinished), appendix: figuresAppendix(context) };
}
