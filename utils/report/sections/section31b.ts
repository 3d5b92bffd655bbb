/**
 * Section 3.1 b): the TTHC catalogue counts. It has no heading of its own:
 * in the report it follows "3.1. …" and the clerk's a) paragraph.
 */
import { templateSection } from './template';

export const section31b = templateSection({
  id: '3.1b',
  number: '3.1 b)',
  title: 'Về niêm yết, công khai TTHC',
  after: 'publicUpdates',
  heading: false,
  template: {
    key: 'section31b',
    optionsLabel: 'Mục 3.1 b) (niêm yết, công khai TTHC)',
    source: `b) Về niêm yết, công khai TTHC:

- Theo dữ liệu ghi nhận trên Cơ sở dữ liệu TTHC, tổng số TTHC thuộc thẩm quyền giải quyết của {{thanh_pho}} là {{so_tthc_tong}}, trong đó cấp tỉnh: {{so_tthc_cap_tinh}} thủ tục; cấp xã: {{so_tthc_cap_xa}} thủ tục{{#co_phan_loai}} gồm {{so_tthc_mot_phan}} TTHC một phần, {{so_tthc_toan_trinh}} TTHC toàn trình{{/co_phan_loai}}.

- 100% TTHC được công khai trên Trang thông tin điện tử của các đơn vị và niêm yết tại Trung tâm Phục vụ hành chính công {{cap_don_vi}} bằng phương thức quét mã QR và bảng treo tường theo quy định.`,
    data: ['so_tthc_tong', 'so_tthc_cap_tinh', 'so_tthc_cap_xa', 'so_tthc_mot_phan', 'so_tthc_toan_trinh', 'co_phan_loai'],
  },
});
