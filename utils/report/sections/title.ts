/** "BÁO CÁO" and the title with the period line, bold and centred (Nghị định 30/2020/NĐ-CP). Not numbered. */
import type { Block } from '../blocks';
import { renderSectionTemplate } from './template';
import type { ReportContext, ReportSection, SectionResult, SectionTemplate } from './types';

const CENTRED_BOLD = { align: 'center', bold: true } as const;

const template: SectionTemplate = {
  key: 'title',
  optionsLabel: 'Tên báo cáo',
  source:
    'Tình hình, kết quả cải cách thủ tục hành chính {{ky_bao_cao}} trên địa bàn {{don_vi}} (Từ ngày {{tu_ngay}} đến ngày {{den_ngay}})',
  data: [],
};

function build(context: ReportContext): SectionResult {
  const { text, missing, notes, problems } = renderSectionTemplate(template, context);
  const blocks: Block[] = [
    { kind: 'heading', text: 'BÁO CÁO', style: CENTRED_BOLD },
    { kind: 'heading', text: text.trim(), style: CENTRED_BOLD },
  ];
  return { blocks, missing, notes, problems };
}

export const titleSection: ReportSection = { id: 'title', title: 'Tên báo cáo', after: 'letterhead', template, build };
