/**
 * Section 3.2 "Kết quả giải quyết TTHC": the dossier counts sentence and the
 * six indicator lines. With the seed's numbers it reproduces the seed text
 * exactly (tests/unit/report/fixtures/seed-section32.txt).
 */
import { templateSection } from './template';

export const section32 = templateSection({
  id: '3.2',
  number: '3.2',
  title: 'Kết quả giải quyết TTHC',
  after: 'publicUpdates',
  heading: true,
  template: {
    key: 'section32',
    optionsLabel: 'Mục 3.2 (kết quả giải quyết TTHC)',
    // The seed's indicator lines are not uniform (three end without a full
    // stop; only the first says "thành phố giao"); copied as they are.
    source: `Theo ghi nhận tại Hệ thống giải quyết TTHC của {{thanh_pho}} và Hệ thống giải quyết TTHC của các Bộ:

Tổng số hồ sơ trên địa bàn {{cap_don_vi}} đã tiếp nhận là {{so_tiep_nhan}} hồ sơ (trong đó, tiếp nhận trực tuyến {{so_tiep_nhan_truc_tuyen}} hồ sơ{{#co_ty_le_truc_tuyen}}, đạt tỷ lệ {{ty_le_truc_tuyen}}{{/co_ty_le_truc_tuyen}}){{#co_ky_truoc_chuyen_sang}}; kỳ trước chuyển sang {{so_ky_truoc_chuyen_sang}} hồ sơ{{/co_ky_truoc_chuyen_sang}}. Số lượng hồ sơ đã giải quyết: {{so_da_giai_quyet}} hồ sơ, trong đó, giải quyết trước, đúng hạn {{so_giai_quyet_dung_han}} hồ sơ{{#co_giai_quyet_qua_han}}, giải quyết quá hạn {{so_giai_quyet_qua_han}} hồ sơ{{/co_giai_quyet_qua_han}}, hồ sơ đang giải quyết {{so_dang_giai_quyet}} hồ sơ{{#co_dang_giai_quyet_qua_han}} (trong đó, quá hạn {{so_dang_giai_quyet_qua_han}} hồ sơ){{/co_dang_giai_quyet_qua_han}}.

- Tỷ lệ nộp hồ sơ trực tuyến: {{ty_le_truc_tuyen}} (chỉ tiêu {{cap_thanh_pho}} giao tối thiểu đạt {{chi_tieu_truc_tuyen}}).

- Tỷ lệ hồ sơ đã giải quyết trước hạn, đúng hạn: {{ty_le_dung_han}} (chỉ tiêu giao tối thiểu đạt {{chi_tieu_dung_han}}).

- Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính: {{ty_le_so_hoa}} (chỉ tiêu giao tối thiểu đạt {{chi_tieu_so_hoa}})

Theo dữ liệu ghi nhận tại Hệ thống giải quyết TTHC của {{cap_thanh_pho}}:

- Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa: {{ty_le_tai_su_dung}} (chỉ tiêu giao tối thiểu đạt {{chi_tieu_tai_su_dung}})

- Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị trên hệ thống của {{thanh_pho}}: {{ty_le_hai_long_pakn}} (chỉ tiêu giao tối thiểu đạt {{chi_tieu_hai_long_pakn}})

- Tỷ lệ hồ sơ thanh toán trực tuyến: {{ty_le_thanh_toan}} (chỉ tiêu giao tối thiểu đạt {{chi_tieu_thanh_toan}}).`,
    data: [
    'so_tiep_nhan',
    'so_tiep_nhan_truc_tuyen',
    'co_ty_le_truc_tuyen',
    'co_ky_truoc_chuyen_sang',
    'so_ky_truoc_chuyen_sang',
    'so_da_giai_quyet',
    'so_giai_quyet_dung_han',
    'co_giai_quyet_qua_han',
    'so_giai_quyet_qua_han',
    'so_dang_giai_quyet',
    'co_dang_giai_quyet_qua_han',
    'so_dang_giai_quyet_qua_han',
    'ty_le_truc_tuyen',
    'ty_le_dung_han',
    'ty_le_so_hoa',
    'ty_le_tai_su_dung',
    'ty_le_hai_long_pakn',
    'ty_le_thanh_toan',
    'chi_tieu_truc_tuyen',
    'chi_tieu_dung_han',
    'chi_tieu_so_hoa',
    'chi_tieu_tai_su_dung',
    'chi_tieu_hai_long_pakn',
    'chi_tieu_thanh_toan',
  ],
  },
});
