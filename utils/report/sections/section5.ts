/** Section 5: the one-stop mechanism, ending with the number of commune-level TTHC. */
import { templateSection } from './template';

export const section5 = templateSection({
  id: '5',
  number: '5',
  title: 'Về thực hiện cơ chế một cửa, một cửa liên thông',
  after: 'systems',
  heading: true,
  template: {
    key: 'section5',
    optionsLabel: 'Mục 5 (một cửa, một cửa liên thông)',
    source: `UBND {{cap_don_vi}} đã chỉ đạo Trung tâm PVHCC {{cap_don_vi}} tiếp tục, duy trì, vận hành và hoạt động có hiệu quả cơ chế một cửa, một cửa liên thông theo Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ. Tiếp tục quan tâm, cải tạo, sửa chữa, mua sắm thêm các trang thiết bị cần thiết phục vụ cho cán bộ, công chức và các tổ chức, cá nhân đến thực hiện thủ tục hành chính được thuận tiện, góp phần nâng cao hiệu quả giải quyết TTHC tại cơ sở.

Thực hiện nghiêm việc công khai địa chỉ trụ sở, số điện thoại đường dây nóng, niêm yết công khai đầy đủ TTHC thuộc thẩm quyền giải quyết để tạo điều kiện thuận lợi cho cá nhân, tổ chức tiếp cận, thực hiện TTHC và phản ánh, kiến nghị về quy định hành chính.

Trong kỳ báo cáo, UBND {{cap_don_vi}} tiếp tục thực hiện {{so_tthc_cap_xa}} TTHC cấp xã, các thủ tục hành chính thực hiện không phụ thuộc địa giới hành chính trong đó các TTHC giữa cấp xã với {{cap_thanh_pho}}, cấp xã với cấp xã.`,
    data: ['so_tthc_cap_xa'],
  },
});
