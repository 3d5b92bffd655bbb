/**
 * The seed report (fixtures/seed-report.txt, a verbatim copy of the real
 * report) cut into the parts the tests compare with.
 */
import type { Narrative } from '@/utils/domain/types';
import seedReport from './fixtures/seed-report.txt?raw';

export const SEED_TEXT: string = seedReport;

/** The seed from the line starting with `start` up to (not including) the line starting with `end` (or the end). */
export function seedPart(start: string, end?: string): string {
  const from = SEED_TEXT.indexOf(`\n${start}`);
  if (from < 0) throw new Error(`not in the seed: ${start}`);
  const to = end === undefined ? SEED_TEXT.length : SEED_TEXT.indexOf(`\n${end}`, from + 1);
  if (to < 0) throw new Error(`not in the seed: ${end}`);
  return SEED_TEXT.slice(from + 1, to).trim();
}

/** The seed prints the PAKN portal's address as a converter's autolink "<https://…>"; the report prints it bare. */
export const withoutAutolinks = (text: string): string => text.replace(/<(https?:\/\/[^>\s]+)>/g, '$1');

const after = (text: string, heading: string): string => text.slice(text.indexOf(heading) + heading.length).trim();

/** The clerk's own text of the seed report, as it would be saved for Tháng 02/2026. */
export function seedNarrative(): Narrative {
  const section22 = after(seedPart('2.2.', '3. Về cải cách'), 'TTHC.');
  return {
    // The seed's facts of Tháng 02/2026 (its I.1 and 2.2 name them in full, so only the request is printed through {{van_ban_yeu_cau}}).
    requestDoc: 'Công văn số 137/UBND-TTPVHCC ngày 23/01/2026 của UBND thành phố',
    directionDocs: 'Kế hoạch số 27/KH-UBND ngày 23/01/2026 về tuyên truyền CCHC nhà nước xã Bình Giang năm 2026',
    reformPlan: 'Kế hoạch số 07/KH-UBND ngày 09/01/2026',
    basis: seedPart('Thực hiện Công văn', 'I. KẾT QUẢ'),
    direction: after(seedPart('1. Công tác chỉ đạo', '2. Về cải cách'), 'điều hành'),
    impactAssessment: after(seedPart('2.1.', '2.2.'), 'có quy định TTHC.'),
    reductionBasis: section22.slice(0, section22.indexOf(' Theo đó,')),
    publicUpdates: after(seedPart('a) Về việc', 'b) Về niêm yết'), 'a) Về việc cập nhật công khai TTHC:'),
    systems: after(seedPart('3.3.', '4. Kết quả'), 'giải quyết TTHC'),
    assessment: after(seedPart('II. ĐÁNH GIÁ CHUNG', 'III.'), 'ĐÁNH GIÁ CHUNG'),
    nextTasks: after(seedPart('III.', 'Trên đây'), 'TIẾP THEO'),
    closing: seedPart('Trên đây', 'Nơi nhận:'),
    recipients: after(seedPart('Nơi nhận:', 'TM.'), 'Nơi nhận:'),
  };
}
