/** "BÁO CÁO" and the title with the period line, bold and centred (Nghị định 30/2020/NĐ-CP). */
import type { Block } from '../blocks';
import { renderSectionTemplate } from '../templates';
import type { ReportContext, ReportSection, SectionResult } from './types';

const CENTRED_BOLD = { align: 'center', bold: true } as const;

function build(context: ReportContext): SectionResult {
  const { text, missing, notes, problems } = renderSectionTemplate('title', context);
  const blocks: Block[] = [
    { kind: 'heading', text: 'BÁO CÁO', style: CENTRED_BOLD },
    { kind: 'heading', text: text.trim(), style: CENTRED_BOLD },
  ];
  return { blocks, missing, notes, problems };
}

/** Id "0": the title is not numbered, but the popup names its copy button by id ("Sao chép mục 0"). */
export const titleSection: ReportSection = { id: '0', title: 'Tên báo cáo', build };
