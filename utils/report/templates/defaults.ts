/**
 * The default wording of the data-driven sections: the seed report's words,
 * with its numbers, unit, city and period replaced by placeholders. "Khôi
 * phục mặc định" in Options puts these back. A blank line separates
 * paragraphs; a one-line paragraph starting with "- " is a bullet.
 */
import type { TemplateKey } from '../../domain/types';
import type { DataPlaceholderName } from './data-view';

export const DEFAULT_TEMPLATES: Readonly<Record<TemplateKey, string>> = {
  title:
    'Tình hình, kết quả cải cách thủ tục hành chính {{ky_bao_cao}} trên địa bàn {{don_vi}} (Từ ngày {{tu_ngay}} đến ngày {{den_ngay}})',

  section22:
    'Theo đó, tính đến ngày {{den_ngay}}, {{#co_ho_so_cat_giam}}có {{so_ho_so_cat_giam}} hồ sơ thuộc thẩm quyền cấp xã đã được ' +
    'tiếp nhận xử lý và giải quyết đều được cắt giảm từ 50% thời gian giải quyết trở lên. Các trường hợp không cắt giảm hoặc ' +
    'cắt giảm ít hơn 50% là các TTHC có thời gian thực hiện ngắn hoặc theo quy định pháp luật.{{/co_ho_so_cat_giam}}' +
    '{{^co_ho_so_cat_giam}}không có hồ sơ thuộc thẩm quyền cấp xã được cắt giảm thời gian giải quyết.{{/co_ho_so_cat_giam}}',

  section31b: `b) Về niêm yết, công khai TTHC:

- Theo dữ liệu ghi nhận trên Cơ sở dữ liệu TTHC, tổng số TTHC thuộc thẩm quyền giải quyết của {{thanh_pho}} là {{so_tthc_tong}}, trong đó cấp tỉnh: {{so_tthc_cap_tinh}} thủ tục; cấp xã: {{so_tthc_cap_xa}} thủ tục{{#co_phan_loai}} gồm {{so_tthc_mot_phan}} TTHC một phần, {{so_tthc_toan_trinh}} TTHC toàn trình{{/co_phan_loai}}.

- 100% TTHC được công khai trên Trang thông tin điện tử của các đơn vị và niêm yết tại Trung tâm Phục vụ hành chính công {{cap_don_vi}} bằng phương thức quét mã QR và bảng treo tường theo quy định.`,

  // The seed's indicator lines are not uniform (three end without a full
  // stop; only the first says "thành phố giao"); copied as they are.
  section32: `Theo ghi nhận tại Hệ thống giải quyết TTHC của {{thanh_pho}} và Hệ thống giải quyết TTHC của các Bộ:

Tổng số hồ sơ trên địa bàn {{cap_don_vi}} đã tiếp nhận là {{so_tiep_nhan}} hồ sơ (trong đó, tiếp nhận trực tuyến {{so_tiep_nhan_truc_tuyen}} hồ sơ{{#co_ty_le_truc_tuyen}}, đạt tỷ lệ {{ty_le_truc_tuyen}}{{/co_ty_le_truc_tuyen}}){{#co_ky_truoc_chuyen_sang}}; kỳ trước chuyển sang {{so_ky_truoc_chuyen_sang}} hồ sơ{{/co_ky_truoc_chuyen_sang}}. Số lượng hồ sơ đã giải quyết: {{so_da_giai_quyet}} hồ sơ, trong đó, giải quyết trước, đúng hạn {{so_giai_quyet_dung_han}} hồ sơ{{#co_giai_quyet_qua_han}}, giải quyết quá hạn {{so_giai_quyet_qua_han}} hồ sơ{{/co_giai_quyet_qua_han}}, hồ sơ đang giải quyết {{so_dang_giai_quyet}} hồ sơ{{#co_dang_giai_quyet_qua_han}} (trong đó, quá hạn {{so_dang_giai_quyet_qua_han}} hồ sơ){{/co_dang_giai_quyet_qua_han}}.

- Tỷ lệ nộp hồ sơ trực tuyến: {{ty_le_truc_tuyen}} (chỉ tiêu {{cap_thanh_pho}} giao tối thiểu đạt {{chi_tieu_truc_tuyen}}).

- Tỷ lệ hồ sơ đã giải quyết trước hạn, đúng hạn: {{ty_le_dung_han}} (chỉ tiêu giao tối thiểu đạt {{chi_tieu_dung_han}}).

- Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính: {{ty_le_so_hoa}} (chỉ tiêu giao tối thiểu đạt {{chi_tieu_so_hoa}})

Theo dữ liệu ghi nhận tại Hệ thống giải quyết TTHC của {{cap_thanh_pho}}:

- Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa: {{ty_le_tai_su_dung}} (chỉ tiêu giao tối thiểu đạt {{chi_tieu_tai_su_dung}})

- Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị trên hệ thống của {{thanh_pho}}: {{ty_le_hai_long_pakn}} (chỉ tiêu giao tối thiểu đạt {{chi_tieu_hai_long_pakn}})

- Tỷ lệ hồ sơ thanh toán trực tuyến: {{ty_le_thanh_toan}} (chỉ tiêu giao tối thiểu đạt {{chi_tieu_thanh_toan}}).`,

  // The seed shows the portal's address as "<https://…>", a hyperlink as a
  // document converter writes it; the report itself prints the bare address.
  section4:
    'Trong kỳ báo cáo, trên địa bàn {{cap_don_vi}} {{#co_pakn}}ghi nhận {{so_pakn}} phản ánh, kiến nghị của công dân trên hệ thống ' +
    'https://xulyphananhkiennghi.haiphong.gov.vn/ của {{cap_thanh_pho}}. UBND {{cap_don_vi}} đã chỉ đạo phòng chuyên môn trả lời ' +
    'công dân bằng văn bản và công khai trên Cổng thông tin điện tử của {{cap_don_vi}} và tại Trung tâm phục vụ hành chính công ' +
    '{{cap_don_vi}}.{{/co_pakn}}{{^co_pakn}}không phát sinh phản ánh, kiến nghị của công dân trên hệ thống ' +
    'https://xulyphananhkiennghi.haiphong.gov.vn/ của {{cap_thanh_pho}}.{{/co_pakn}}',

  section5: `UBND {{cap_don_vi}} đã chỉ đạo Trung tâm PVHCC {{cap_don_vi}} tiếp tục, duy trì, vận hành và hoạt động có hiệu quả cơ chế một cửa, một cửa liên thông theo Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ. Tiếp tục quan tâm, cải tạo, sửa chữa, mua sắm thêm các trang thiết bị cần thiết phục vụ cho cán bộ, công chức và các tổ chức, cá nhân đến thực hiện thủ tục hành chính được thuận tiện, góp phần nâng cao hiệu quả giải quyết TTHC tại cơ sở.

Thực hiện nghiêm việc công khai địa chỉ trụ sở, số điện thoại đường dây nóng, niêm yết công khai đầy đủ TTHC thuộc thẩm quyền giải quyết để tạo điều kiện thuận lợi cho cá nhân, tổ chức tiếp cận, thực hiện TTHC và phản ánh, kiến nghị về quy định hành chính.

Trong kỳ báo cáo, UBND {{cap_don_vi}} tiếp tục thực hiện {{so_tthc_cap_xa}} TTHC cấp xã, các thủ tục hành chính thực hiện không phụ thuộc địa giới hành chính trong đó các TTHC giữa cấp xã với {{cap_thanh_pho}}, cấp xã với cấp xã.`,
};

/** The data placeholders each template may use, besides the common ones (unit, city, period). */
export const TEMPLATE_DATA: Readonly<Record<TemplateKey, readonly DataPlaceholderName[]>> = {
  title: [],
  section22: ['so_ho_so_cat_giam', 'co_ho_so_cat_giam'],
  section31b: ['so_tthc_tong', 'so_tthc_cap_tinh', 'so_tthc_cap_xa', 'so_tthc_mot_phan', 'so_tthc_toan_trinh', 'co_phan_loai'],
  section32: [
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
  section4: ['so_pakn', 'co_pakn'],
  section5: ['so_tthc_cap_xa'],
};
