/** Section 5: the one-stop mechanism, ending with the number of commune-level TTHC. */
import { templateSection } from './from-template';

export const section5 = templateSection('5', 'Về thực hiện cơ chế một cửa, một cửa liên thông', 'section5', true);
