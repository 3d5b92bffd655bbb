import { describe, expect, it } from 'vitest';
import { mapColumns, mapPath, type ColumnRole } from '@/utils/extract/synonyms';

/** The field (or role) a header path maps to, written "a › b". */
function roleOf(path: string): string {
  const role: ColumnRole = mapPath(path.split(' › '));
  return role.kind === 'field' ? role.fields.join('+') : role.kind;
}

function expectPaths(cases: Record<string, string>): void {
  for (const [path, expected] of Object.entries(cases)) expect([path, roleOf(path)]).toEqual([path, expected]);
}

describe('mapPath', () => {
  it('tree A (Biểu 06 export)', () => {
    expectPaths({
      STT: 'index',
      'Lĩnh vực, công việc giải quyết theo cấp': 'label',
      'Số hồ sơ nhận giải quyết › Tổng số': 'receivedTotal',
      'Số hồ sơ nhận giải quyết › Trong đó › Trực tuyến': 'receivedOnline',
      'Số hồ sơ nhận giải quyết › Trong đó › Trực tiếp, dịch vụ bưu chính': 'receivedDirectOrPostal',
      'Số hồ sơ nhận giải quyết › Từ kỳ trước': 'carriedOver',
      'Số hồ sơ đã giải quyết › Tổng số': 'resolvedTotal',
      'Số hồ sơ đã giải quyết › Trước hạn': 'resolvedEarly',
      'Số hồ sơ đã giải quyết › Đúng hạn': 'resolvedOnTime',
      'Số hồ sơ đã giải quyết › Quá hạn': 'resolvedLate',
      'Số lượng hồ sơ đang giải quyết › Tổng số': 'inProgressTotal',
      'Số lượng hồ sơ đang giải quyết › Trong hạn': 'inProgressWithin',
      'Số lượng hồ sơ đang giải quyết › Quá hạn': 'inProgressOverdue',
    });
  });

  it('tree B and C (on-screen 06a, II.06a)', () => {
    expectPaths({
      'Đơn vị': 'label',
      'Số hồ sơ nhận giải quyết › Trong kỳ › Trực tuyến': 'receivedOnline',
      'Số hồ sơ nhận giải quyết › Kỳ trước': 'carriedOver',
      'Số lượng hồ sơ đã giải quyết › Đúng hạn (Bao gồm cả hồ sơ trả lại/xin rút)': 'resolvedOnTime',
      'Số lượng hồ sơ đang giải quyết › Đúng hạn (Bao gồm cả hồ sơ chờ BS)': 'inProgressWithin',
      'Tiếp nhận › Tổng số': 'receivedTotal',
      'Tiếp nhận › Trong đó › Trực tiếp, dịch vụ bưu chính': 'receivedDirectOrPostal',
      'Số lượng hồ sơ đang giải quyết › Trong hạn (Bao gồm cả hồ sơ chờ bổ sung và hồ sơ khác)': 'inProgressWithin',
    });
  });

  it('tree D (antd báo cáo tổng hợp)', () => {
    expectPaths({
      'Số hồ sơ nhận giải quyết › Trong đó › Số mới tiếp nhận trực tuyến': 'receivedOnline',
      'Số hồ sơ nhận giải quyết › Trong đó › Số mới tiếp nhận trực tiếp': 'receivedDirect',
      'Số hồ sơ nhận giải quyết › Trong đó › Số mới tiếp nhận qua BCCI': 'receivedPostal',
      'Số hồ sơ nhận giải quyết › Trong đó › Số kỳ trước chuyển qua': 'carriedOver',
      'Kết quả giải quyết › Số hồ sơ đã giải quyết › Tổng số': 'resolvedTotal',
      'Kết quả giải quyết › Số hồ sơ đã giải quyết › Trả đúng thời hạn': 'resolvedOnTime',
      'Kết quả giải quyết › Số hồ sơ đã giải quyết › Trả quá hạn': 'resolvedLate',
      'Kết quả giải quyết › Số hồ sơ đang giải quyết › Chưa đến hạn': 'inProgressWithin',
      'Kết quả giải quyết › Số hồ sơ đang giải quyết › Quá hạn': 'inProgressOverdue',
      'Chờ bổ sung(lũy kế cả kì trước)': 'suspended',
      'Trả lại/Rút HS': 'returnedWithdrawn',
      'Tỷ lệ hài lòng': 'rateHandlingSatisfaction',
    });
  });

  it('tree E (766 online/payment tracker)', () => {
    expectPaths({
      'Mã định danh': 'code',
      'Tên đơn vị': 'label',
      'Số hồ sơ nhận giải quyết › Số mới tiếp nhận trực tuyến': 'receivedOnline',
      'Tỷ lệ nộp hồ sơ trực tuyến › Tỷ lệ trực tuyến (%)': 'rateOnline',
      'Tỷ lệ nộp hồ sơ trực tuyến › Tỷ lệ trực tiếp (%)': 'unknown',
      'Tỷ lệ nộp hồ sơ trực tuyến › Tỷ lệ nộp BCCI (%)': 'unknown',
      'Kết quả xử lý hồ sơ nộp trực tuyến với hồ sơ đang xử lý › HS xử lý đúng hạn': 'unknown',
      'Kết quả xử lý hồ sơ nộp trực tuyến với hồ sơ đang xử lý › Tỷ lệ … (%)': 'unknown',
      'Số lượng hồ sơ Đã đồng bộ về cổng DVC QG': 'unknown',
      'Tổng HS có nghĩa vụ tài chính': 'feeDossiers',
      'Thanh toán trực tuyến trên Cổng DVC Quốc gia › Số HS đã TTTT cổng DVC QG': 'paidOnline',
      'Thanh toán trực tuyến trên Cổng DVC Quốc gia › Tỷ lệ TTTT cổng DVC QG (%)': 'ratePayment',
      'Thanh toán trực tuyến trên Cổng DVC Quốc gia › Tỷ lệ TT trực tiếp (%)': 'unknown',
    });
  });

  it('tree F (digitisation), G (progress), H (payment), I (catalogue)', () => {
    expectPaths({
      'Số hóa hồ sơ TTHC khi tiếp nhận › Chưa số hóa TPHS': 'unknown',
      'Số hóa hồ sơ TTHC khi tiếp nhận › Có số hóa TPHS': 'digitized',
      'Số hóa hồ sơ TTHC khi tiếp nhận › Có tái sử dụng thành phần': 'reused',
      'Số hóa hồ sơ TTHC khi tiếp nhận › Có tái sử dụng thành phần từ cổng DVC quốc gia': 'unknown',
      'Số hóa kết quả giải quyết › Chưa số hóa': 'unknown',
      'Số hóa kết quả giải quyết › Đã số hóa': 'eResult',
      'Tiếp nhận › Kỳ trước chuyển sang': 'carriedOver',
      'Tiếp nhận › Trong kỳ › BCCI': 'receivedPostal',
      'Đã xử lý (Đã xử lý xong + Đã trả kết quả + Rút) › Trong hạn': 'resolvedOnTime',
      'Đang xử lý › Tổng số': 'inProgressTotal',
      'Tạm dừng xử lý (Yêu cầu bổ sung, Yêu cầu thực hiện nghĩa vụ tài chính, Dừng xử lý) › Tổng số': 'suspended',
      'Tạm dừng xử lý › Quá hạn': 'unknown',
      'Tỷ lệ trước hạn và đúng hạn': 'rateOnTime',
      'Số lượng thủ tục có phí, lệ phí': 'unknown',
      'Tổng số hồ sơ thuộc các thủ tục có phí, lệ phí': 'feeDossiers',
      'Tổng số thủ tục': 'tthcTotal',
      'Dịch vụ công': 'unknown',
      'DVC trực tuyến › Toàn trình': 'tthcFull',
      'DVC trực tuyến › Một phần': 'tthcPartial',
      'Số hồ sơ phát sinh trực tuyến': 'unknown',
      'Tổng số TTHC › Cấp tỉnh': 'tthcProvincial',
      'Tổng số TTHC › Cấp xã': 'tthcCommune',
      'DVC trực tuyến cấp xã › Toàn trình': 'tthcFull',
    });
  });

  it('flat single-row headers', () => {
    expectPaths({
      'Tổng số tiếp nhận': 'receivedTotal',
      'Tiếp nhận trực tuyến': 'receivedOnline',
      'Tiếp nhận qua mạng': 'receivedOnline',
      'Trực tuyến': 'receivedOnline',
      'Bưu chính công ích': 'receivedPostal',
      'BCCI': 'receivedPostal',
      'Kỳ trước chuyển sang': 'carriedOver',
      'Hồ sơ đã xử lý': 'resolvedTotal',
      'Đã giải quyết': 'resolvedTotal',
      'Giải quyết trước hạn': 'resolvedEarly',
      'Giải quyết quá hạn': 'resolvedLate',
      'Đang giải quyết': 'inProgressTotal',
      'Đang giải quyết trong hạn': 'inProgressWithin',
      'Đang giải quyết quá hạn': 'inProgressOverdue',
      // Timing columns with no group above them split the resolved dossiers (issue 11).
      'Trước hạn': 'resolvedEarly',
      'Quá hạn': 'resolvedLate',
      'Tổng số': 'unknown', // a lone total is read by the page's identities, never by its words
      'Trước hạn và đúng hạn': 'resolvedEarlyOrOnTime', // both by the due date, one figure
    });
  });

  it('rates and PAKN', () => {
    expectPaths({
      'Tỷ lệ nộp hồ sơ trực tuyến': 'rateOnline',
      'Trực tuyến (%)': 'rateOnline',
      'Tỷ lệ giải quyết trước hạn, đúng hạn (%)': 'rateOnTime',
      'Tỷ lệ số hóa hồ sơ': 'rateDigitized',
      'Tỷ lệ số hóa kết quả giải quyết': 'rateEResult',
      'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa': 'rateReused',
      'Tỷ lệ hồ sơ thanh toán trực tuyến': 'ratePayment',
      'Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị': 'ratePaknSatisfied',
      'Phản ánh, kiến nghị › Tỷ lệ hài lòng (%)': 'ratePaknSatisfied',
      'Số phản ánh, kiến nghị': 'paknReceived',
      'Phản ánh, kiến nghị › Tiếp nhận': 'paknReceived',
      'Phản ánh, kiến nghị › Hài lòng': 'paknSatisfied',
    });
  });

  it('matches without diacritics or case', () => {
    expect(roleOf('SO HO SO DA GIAI QUYET › TRUOC HAN')).toBe('resolvedEarly');
    expect(roleOf('SỐ HỒ SƠ ĐÃ GIẢI QUYẾT › TRƯỚC HẠN')).toBe('resolvedEarly');
  });
});

describe('mapColumns', () => {
  it('reads bare "Tiếp nhận"/"Đã giải quyết" as bases in a digitisation tracker', () => {
    const roles = mapColumns([
      ['Đơn vị'],
      ['Tiếp nhận'],
      ['Số hóa hồ sơ TTHC khi tiếp nhận', 'Có số hóa TPHS'],
      ['Số hóa hồ sơ TTHC khi tiếp nhận', 'Có tái sử dụng thành phần'],
      ['Đã giải quyết'],
      ['Số hóa kết quả giải quyết', 'Đã số hóa'],
    ]);
    expect(roles[1]).toEqual({ kind: 'field', fields: ['digitizedBase', 'reusedBase'] });
    expect(roles[4]).toEqual({ kind: 'field', fields: ['eResultBase'] });
  });

  it('keeps bare "Tiếp nhận" as received elsewhere', () => {
    expect(mapColumns([['Tiếp nhận'], ['Đã giải quyết']])).toEqual([
      { kind: 'field', fields: ['receivedTotal'] },
      { kind: 'field', fields: ['resolvedTotal'] },
    ]);
  });

  it('leaves a second column claiming the same field unmapped', () => {
    const roles = mapColumns([['Tiếp nhận trực tuyến'], ['Số mới tiếp nhận trực tuyến']]);
    expect(roles[1]).toEqual({ kind: 'unknown' });
  });
});
