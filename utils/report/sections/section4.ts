/** Section 4: the PAKN count of the period, or "không phát sinh". */
import { templateSection } from './template';

export const section4 = templateSection({
  id: '4',
  number: '4',
  title: 'Kết quả tiếp nhận và xử lý phản ánh, kiến nghị',
  after: 'systems',
  heading: true,
  template: {
    key: 'section4',
    optionsLabel: 'Mục 4 (phản ánh, kiến nghị)',
    // The seed shows the portal's address as "<https://…>", a hyperlink as a
    // document converter writes it; the report itself prints the bare address.
    source: 'Trong kỳ báo cáo, trên địa bàn {{cap_don_vi}} {{#co_pakn}}ghi nhận {{so_pakn}} phản ánh, kiến nghị của công dân trên hệ thống ' +
    'https://xulyphananhkiennghi.haiphong.gov.vn/ của {{cap_thanh_pho}}. UBND {{cap_don_vi}} đã chỉ đạo phòng chuyên môn trả lời ' +
    'công dân bằng văn bản và công khai trên Cổng thông tin điện tử của {{cap_don_vi}} và tại Trung tâm phục vụ hành chính công ' +
    '{{cap_don_vi}}.{{/co_pakn}}{{^co_pakn}}không phát sinh phản ánh, kiến nghị của công dân trên hệ thống ' +
    'https://xulyphananhkiennghi.haiphong.gov.vn/ của {{cap_thanh_pho}}.{{/co_pakn}}',
    data: ['so_pakn', 'co_pakn'],
  },
});
