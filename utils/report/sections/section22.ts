/**
 * Section 2.2: the clerk's opening (which plans the reductions follow) and,
 * in the same paragraph, the count of dossiers handled with reduced time
 * limits up to the period's last day.
 */
import { DEFAULT_NARRATIVE } from '../narrative';
import { renderNarrativeText, renderSectionTemplate, textToBlocks } from '../templates';
import type { ReportContext, ReportSection, SectionResult } from './types';

const TITLE = 'Kết quả cắt giảm, đơn giản hóa quy định hành chính, TTHC.';

function build(context: ReportContext): SectionResult {
  const opening = renderNarrativeText((context.narrative ?? DEFAULT_NARRATIVE).reductionBasis, context.period, context.settings);
  const data = renderSectionTemplate('section22', context);
  const text = [opening.text.trim(), data.text.trim()].filter(Boolean).join(' ');
  return {
    blocks: [{ kind: 'heading', text: `2.2. ${TITLE}` }, ...textToBlocks(text)],
    missing: data.missing,
    notes: data.notes,
    problems: [...opening.problems, ...data.problems],
  };
}

export const section22: ReportSection = { id: '2.2', title: TITLE, build };
