/**
 * Section 2.2: the clerk's opening (which plans the reductions follow) and,
 * in the same paragraph, the count of dossiers handled with reduced time
 * limits up to the period's last day.
 */
import { DEFAULT_NARRATIVE } from '../narrative';
import { textToBlocks } from '../templates/render';
import { renderNarrativeText } from '../templates/narrative-text';
import { renderSectionTemplate } from './template';
import type { ReportContext, ReportSection, SectionResult, SectionTemplate } from './types';

const TITLE = 'Kết quả cắt giảm, đơn giản hóa quy định hành chính, TTHC.';

const template: SectionTemplate = {
  key: 'section22',
  optionsLabel: 'Mục 2.2 (cắt giảm thời gian giải quyết)',
  source:
    'Theo đó, tính đến ngày {{den_ngay}}, {{#co_ho_so_cat_giam}}có {{so_ho_so_cat_giam}} hồ sơ thuộc thẩm quyền cấp xã đã được ' +
    'tiếp nhận xử lý và giải quyết đều được cắt giảm từ 50% thời gian giải quyết trở lên. Các trường hợp không cắt giảm hoặc ' +
    'cắt giảm ít hơn 50% là các TTHC có thời gian thực hiện ngắn hoặc theo quy định pháp luật.{{/co_ho_so_cat_giam}}' +
    '{{^co_ho_so_cat_giam}}không có hồ sơ thuộc thẩm quyền cấp xã được cắt giảm thời gian giải quyết.{{/co_ho_so_cat_giam}}',
  data: ['so_ho_so_cat_giam', 'co_ho_so_cat_giam'],
};

function build(context: ReportContext): SectionResult {
  const narrative = context.narrative ?? DEFAULT_NARRATIVE;
  const opening = renderNarrativeText(narrative.reductionBasis, context.period, context.settings, narrative);
  const data = renderSectionTemplate(template, context);
  const text = [opening.text.trim(), data.text.trim()].filter(Boolean).join(' ');
  return {
    blocks: [{ kind: 'heading', text: `2.2. ${TITLE}` }, ...textToBlocks(text)],
    missing: data.missing,
    notes: data.notes,
    problems: [...opening.problems, ...data.problems],
  };
}

export const section22: ReportSection = { id: '2.2', number: '2.2', title: TITLE, after: 'impactAssessment', template, build };
