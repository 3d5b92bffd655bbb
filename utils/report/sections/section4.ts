/** Section 4: the PAKN count of the period, or "không phát sinh". */
import { templateSection } from './from-template';

export const section4 = templateSection('4', 'Kết quả tiếp nhận và xử lý phản ánh, kiến nghị', 'section4', true);
