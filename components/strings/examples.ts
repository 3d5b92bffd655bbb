/**
 * Sample values shown as placeholders. They are Vietnamese data (a commune's name, a signature line
 * of the report), not interface text, so they read the same in every language.
 */
export const EXAMPLES = {
  unit: 'xã Bình Giang',
  city: 'thành phố Hải Phòng',
  signerRole: 'TM. ỦY BAN NHÂN DÂN',
  signerTitle: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
  portal: 'https://motcua.tinh.gov.vn',
};
