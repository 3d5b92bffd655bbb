/**
 * The store's problem codes (utils/store/problems.ts) as texts in the interface
 * language. Kept apart from vi.ts/en.ts: one switch per language, each
 * exhaustive, so a new code fails the type check until both languages say it.
 * The clerk reads a plain sentence; the technical part (an error's message, the
 * schema path of an invalid value) is problemDetail's, shown folded for support.
 */
import type { UiLanguage } from '@/utils/domain/types';
import type { StoreProblem } from '@/utils/store/problems';

function vi(p: StoreProblem): string {
  switch (p.code) {
    case 'backupTooLarge':
      return `Tệp lớn hơn ${p.maxMb} MB: không phải tệp do tiện ích xuất ra; không nhập gì.`;
    case 'backupNotJson':
      return 'Tệp bị hỏng hoặc không phải tệp do tiện ích xuất ra; không nhập gì.';
    case 'backupNotOurs':
      return 'Tệp không phải bản sao lưu của tiện ích Báo cáo CCHC.';
    case 'backupNewerVersion':
      return 'Bản sao lưu được tạo bởi phiên bản mới hơn của tiện ích: hãy cập nhật tiện ích trước.';
    case 'backupBadSettings':
      return 'Phần cài đặt trong tệp không hợp lệ; không nhập gì.';
    case 'backupMissingCaptures':
      return 'Tệp thiếu danh sách số liệu.';
    case 'backupBadCapture':
      return `Bản ghi số liệu thứ ${p.index} trong tệp không hợp lệ; không nhập gì.`;
    case 'backupBadManual':
      return `Phần số liệu nhập tay thứ ${p.index} trong tệp không hợp lệ; không nhập gì.`;
    case 'backupBadNarrative':
      return `Phần nội dung báo cáo do cán bộ soạn thứ ${p.index} trong tệp không hợp lệ; không nhập gì.`;
    case 'importFailed':
      return 'Lỗi khi ghi dữ liệu nhập, không nhập gì.';
    case 'exportFailed':
      return 'Không xuất được dữ liệu.';
    case 'deleteFailed':
      return 'Không xóa được dữ liệu. Hãy đóng các trang khác của tiện ích rồi thử lại.';
    case 'captureInvalid':
      return 'Dữ liệu gửi từ trang không hợp lệ, không lưu.';
    case 'captureWrongPage':
      return 'Dữ liệu gửi không khớp với trang đang mở, không lưu.';
    case 'captureFailed':
      return 'Lỗi khi ghi dữ liệu vào tiện ích, không lưu.';
    // Teach mode: the rules file ("Nhập cách đọc bảng").
    case 'rulesNotOurs':
      return 'Tệp không phải tệp cách đọc bảng của tiện ích Báo cáo CCHC.';
    case 'rulesBadRule':
      return `Cách đọc bảng thứ ${p.index} trong tệp không hợp lệ; không nhập gì.`;
    case 'unitMissing':
      return 'Chưa nhập đơn vị báo cáo.';
    case 'cityMissing':
      return 'Chưa nhập tỉnh/thành phố.';
    case 'cutoffInvalid':
      return 'Ngày chốt số liệu phải là số nguyên từ 1 đến 28.';
    case 'targetInvalid':
      return `Chỉ tiêu${p.year ? ` năm ${p.year}` : ''} phải là số từ 0 đến 100 (đang nhập: ${p.value === null ? 'không phải số' : p.value}).`;
    case 'textTooLong':
      return `Mỗi ô chữ dài tối đa ${p.max} ký tự.`;
    case 'backgroundSilent':
      return 'Tiện ích không trả lời trang này (có thể tiện ích vừa được cập nhật hoặc khởi động lại) nên chưa làm gì. Hãy tải lại trang (phím F5) rồi thử lại.';
  }
}

function en(p: StoreProblem): string {
  switch (p.code) {
    case 'backupTooLarge':
      return `The file is larger than ${p.maxMb} MB: not a file this extension exported; nothing imported.`;
    case 'backupNotJson':
      return 'The file is damaged or not a file this extension exported; nothing imported.';
    case 'backupNotOurs':
      return 'The file is not a backup of the CCHC report extension.';
    case 'backupNewerVersion':
      return 'The backup was made by a newer version of the extension: update the extension first.';
    case 'backupBadSettings':
      return 'The settings in the file are not valid; nothing imported.';
    case 'backupMissingCaptures':
      return 'The file has no list of data records.';
    case 'backupBadCapture':
      return `Data record ${p.index} in the file is not valid; nothing imported.`;
    case 'backupBadManual':
      return `Manual entry ${p.index} in the file is not valid; nothing imported.`;
    case 'backupBadNarrative':
      return `Report text ${p.index} in the file is not valid; nothing imported.`;
    case 'importFailed':
      return 'Writing the imported data failed; nothing imported.';
    case 'exportFailed':
      return 'Could not export the data.';
    case 'deleteFailed':
      return "Could not delete the data. Close the extension's other pages and try again.";
    case 'captureInvalid':
      return 'The data sent by the page is not valid; not saved.';
    case 'captureWrongPage':
      return 'The data sent does not match the open page; not saved.';
    case 'captureFailed':
      return 'Writing the data into the extension failed; not saved.';
    // Teach mode: the rules file.
    case 'rulesNotOurs':
      return 'The file is not a table-reading rules file of the CCHC report extension.';
    case 'rulesBadRule':
      return `Rule ${p.index} in the file is not valid; nothing imported.`;
    case 'unitMissing':
      return 'The reporting unit is missing.';
    case 'cityMissing':
      return 'The province/city is missing.';
    case 'cutoffInvalid':
      return 'The cut-off day must be a whole number from 1 to 28.';
    case 'targetInvalid':
      return `Targets${p.year ? ` for ${p.year}` : ''} must be numbers from 0 to 100 (entered: ${p.value === null ? 'not a number' : p.value}).`;
    case 'textTooLong':
      return `Each text box holds at most ${p.max} characters.`;
    case 'backgroundSilent':
      return 'The extension did not answer this page (it may have just been updated or restarted), so nothing was done. Reload the page (F5) and try again.';
  }
}

/** The text of a problem in the given interface language (Vietnamese unless English was chosen). */
export function problemText(language: UiLanguage | undefined, problem: StoreProblem): string {
  return language === 'en' ? en(problem) : vi(problem);
}

/**
 * The technical part of a problem, for whoever helps the clerk (shown folded under "Chi tiết kỹ thuật", or logged):
 * an error's own message, or the schema path of the value that was refused. Never part of problemText's sentence.
 */
export function problemDetail(problem: StoreProblem): string | undefined {
  if ('detail' in problem) return problem.detail;
  if ('path' in problem && problem.path) return `path: ${problem.path}`;
  return undefined;
}
