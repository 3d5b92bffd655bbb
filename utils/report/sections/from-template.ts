/** A section whose body is one editable template, optionally under its "{id}. {title}" heading. */
import type { TemplateKey } from '../../domain/types';
import type { Block } from '../blocks';
import { renderSectionTemplate, textToBlocks } from '../templates';
import type { ReportContext, ReportSection, SectionResult } from './types';

export function templateSection(id: string, title: string, key: TemplateKey, withHeading: boolean): ReportSection {
  return {
    id,
    title,
    build(context: ReportContext): SectionResult {
      const { text, missing, notes, problems } = renderSectionTemplate(key, context);
      const heading: Block[] = withHeading ? [{ kind: 'heading', text: `${id}. ${title}` }] : [];
      return { blocks: [...heading, ...textToBlocks(text)], missing, notes, problems };
    },
  };
}
