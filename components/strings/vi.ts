import type { IndicatorStatus } from '@/utils/report/indicators';
import type { ReportProblem, TemplateProblem } from '@/utils/report/templates';
import type { PageKind, Targets } from '@/utils/domain/types';
import type { OriginProblem } from '@/utils/domain/origins';
import { KIND_LABELS } from '@/utils/capture/labels';
import type { FileProblem } from '@/utils/import/export-file';
import type { SheetProblem } from '@/utils/import/sheet-extract';
import type { FieldProblem } from '@/utils/view/settings-form';

// Vietnamese is the source of truth: the browser tests find controls by these texts (spec §6).
const PASTE = 'Dán vào Word bằng Ctrl+V.';
const MISSING = (list: string, what: string) => `Còn thiếu số liệu: ${list}. ${what} sẽ ghi “chưa có số liệu” ở những chỗ này.`;
const RESTORE = 'Khôi phục mặc định';
const UNKNOWN_PERIOD = 'chưa rõ kỳ số liệu';
/** "kỳ 15/01/2026 – 14/02/2026", but "chưa rõ kỳ số liệu" (not "kỳ chưa rõ kỳ số liệu"). */
const periodWords = (range: string): string => (range === UNKNOWN_PERIOD ? range : `kỳ ${range}`);

/** What is wrong with a template (utils/report/templates/render.ts), in Vietnamese. */
function templateProblemText(p: TemplateProblem): string {
  switch (p.code) {
    case 'unclosedTag':
      return `Dòng ${p.line}: thiếu dấu đóng “}}”.`;
    case 'unclosedSection':
      return `Khối “{{#${p.name}}}” chưa có “{{/${p.name}}}” để đóng.`;
    case 'unopenedSection':
      return `Dòng ${p.line}: “{{/${p.name}}}” không khớp với khối nào đang mở.`;
    case 'partial':
      return `Dòng ${p.line}: không dùng được mẫu con “{{> ${p.name}}}”.`;
    case 'unknownName':
      return `Dòng ${p.line}: không có trường “{{${p.name}}}”. Các trường dùng được: ${p.known.join(', ')}.`;
    case 'unreadable':
      return `Mẫu không đọc được: ${p.detail}`;
  }
}

/** Every text of the extension's pages; report text and data (utils/) stay Vietnamese and are not here. */
export const vi = {
  /** Dates and times shown in the pages. */
  locale: 'vi-VN',
  loading: 'Đang tải…',
  save: 'Lưu',
  cancel: 'Hủy',
  delete: 'Xóa',
  unitLabel: 'Đơn vị báo cáo',
  cityLabel: 'Tỉnh/thành phố',
  periodLabel: 'Kỳ báo cáo',
  periodWithData: ' • có số liệu',
  /** Names of the kinds of statistics page. */
  kindLabels: KIND_LABELS satisfies Record<PageKind, string>,
  unknownPeriod: UNKNOWN_PERIOD,

  // Popup
  appTitle: 'Báo cáo CCHC',
  openEditor: 'Soạn báo cáo',
  openSettings: 'Cài đặt',
  emptyPeriod: (range: string) => `Chưa có số liệu cho kỳ này. Mở trang thống kê với ${periodWords(range)} trên hệ thống giải quyết TTHC.`,
  sourceNotes: 'Ghi chú nguồn số liệu',
  firstRunName: 'Bắt đầu sử dụng',
  firstRunLead: 'Lần đầu dùng:',
  firstRunHint: 'nhập đơn vị của anh/chị. Các chỉ tiêu và ngày chốt số liệu có thể sửa sau trong “Cài đặt”.',
  saveUnit: 'Lưu đơn vị',
  indicatorsCaption: 'Chỉ tiêu trong kỳ',
  indicatorColumn: 'Chỉ tiêu',
  resultColumn: 'Kết quả',
  targetColumn: 'Chỉ tiêu giao',
  statusColumn: 'Đánh giá',
  status: { met: 'Đạt', missed: 'Chưa đạt', missing: 'Thiếu số liệu', notArisen: 'Không phát sinh' } satisfies Record<IndicatorStatus, string>,
  dataSource: 'Nguồn số liệu',
  noSource: 'Chưa có nguồn số liệu.',
  sourcePage: (page: string, time: string) => `${page} (lấy lúc ${time})`,
  sourceCell: (header: string, row: string, raw: string) => ` – cột "${header}", dòng "${row}", ô "${raw}"`,
  warningsTitle: 'Cảnh báo số liệu',
  noWarnings: 'Không có cảnh báo cho kỳ này.',
  sectionName: (number: string) => `mục ${number}`,
  titleSectionName: 'tên báo cáo',
  titleSectionHeading: 'Tên báo cáo',
  sectionHeading: (number: string, title: string) => `Mục ${number}. ${title}`,
  sectionMissing: (list: string) => MISSING(list, 'Văn bản'),
  copySection: (name: string) => `Sao chép ${name}`,
  sectionCopied: (name: string) => `Đã sao chép ${name}. ${PASTE}`,
  copyFailed: (error: string) => `Không sao chép được: ${error}`,
  wholeTitle: 'Toàn bộ báo cáo',
  reportMissing: (list: string) => MISSING(list, 'Báo cáo'),
  copyAll: 'Sao chép toàn bộ',
  allCopied: `Đã sao chép toàn bộ báo cáo. ${PASTE}`,
  downloadDocx: 'Tải báo cáo (.docx)',
  downloaded: (fileName: string) => `Đã tải ${fileName}.`,
  actionFailed: (error: string) => `Không thực hiện được: ${error}`,
  trendTitle: 'Xu hướng 12 tháng',
  trendChart: 'Biểu đồ xu hướng',
  targetSeries: (label: string) => `Chỉ tiêu: ${label}`,
  copyChart: 'Sao chép biểu đồ',
  chartCopied: `Đã sao chép biểu đồ (ảnh PNG). ${PASTE}`,
  chartCopyFailed: (error: string) => `Không sao chép được biểu đồ: ${error}`,
  chartImageFailed: 'không tạo được ảnh',
  clipboardRefused: 'trình duyệt chưa cho ghi vào bộ nhớ tạm. Hãy bấm chuột vào cửa sổ này rồi bấm lại nút.',
  storageFull: 'bộ nhớ của trình duyệt đã đầy.',
  unexpectedFailure: 'có lỗi không mong muốn (chi tiết ở mục Console khi bấm F12).',
  capturesTitle: (n: number) => `Số liệu đã lấy (${n})`,
  captureDeleted: (what: string, range: string) => `Đã xóa số liệu ${what} ${periodWords(range)}.`,
  undo: 'Hoàn tác',
  noCaptures: 'Chưa có số liệu nào. Mở trang thống kê trên hệ thống giải quyết TTHC, tiện ích sẽ tự lấy số liệu.',
  captureDetails: (range: string, unit: string, when: string) => ` – ${periodWords(range)}${unit ? ` – ${unit}` : ''} – lấy lúc ${when} – `,
  sourcePageLink: 'trang nguồn',
  deleteCapture: (what: string, when: string) => `Xóa số liệu ${what} lấy lúc ${when}`,
  moreCaptures: (n: number) => `Xem thêm (${n} bản ghi cũ hơn)`,

  // Report editor
  editorTitle: 'Soạn báo cáo cải cách TTHC',
  manualTitle: 'Số liệu nhập tay',
  manualHint: 'Để trống ô nào thì dùng số liệu lấy từ cổng. Số nhập tay được ghi rõ “nhập tay” ở phần nguồn.',
  notCaptured: 'chưa có',
  fromPortal: (value: string) => `từ cổng: ${value}`,
  notACount: (label: string, raw: string) => `${label}: “${raw}” không phải số hồ sơ hợp lệ.`,
  manualSaved: (n: number) => `Đã lưu ${n} số liệu nhập tay cho kỳ này.`,
  manualCleared: 'Đã xóa số liệu nhập tay của kỳ này.',
  saveManual: 'Lưu số liệu nhập tay',
  clearManual: 'Xóa số liệu nhập tay',
  narrativeTitle: 'Nội dung do cán bộ soạn',
  narrativeOwn: 'Đã lưu riêng cho kỳ này.',
  narrativeCarried: 'Chưa lưu cho kỳ này: đang dùng nội dung của kỳ trước (hoặc mẫu mặc định).',
  narrativePlaceholders: 'Các chỗ điền tự động có thể dùng',
  saveNarrative: 'Lưu nội dung',
  narrativeSaved: 'Đã lưu nội dung báo cáo cho kỳ này.',
  previewTitle: 'Xem trước toàn bộ báo cáo',

  // Options
  optionsTitle: 'Cài đặt báo cáo cải cách TTHC',
  loadingSettings: 'Đang tải cài đặt…',
  settingsName: 'Cài đặt báo cáo',
  unitLegend: 'Đơn vị',
  cutoffLabel: 'Ngày chốt số liệu',
  cutoffHint: 'Kỳ báo cáo tháng tính từ ngày chốt của tháng trước đến ngày liền trước ngày chốt của tháng báo cáo (Nghị định 09/2019/NĐ-CP: ngày 15).',
  uiLanguageLabel: 'Ngôn ngữ giao diện',
  targetsLegend: 'Chỉ tiêu thành phố giao',
  targetLabels: {
    online: 'Chỉ tiêu: Tỷ lệ nộp hồ sơ trực tuyến (%)',
    onTime: 'Chỉ tiêu: Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn (%)',
    digitized: 'Chỉ tiêu: Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC (%)',
    reused: 'Chỉ tiêu: Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa (%)',
    paknSatisfied: 'Chỉ tiêu: Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị (%)',
    payment: 'Chỉ tiêu: Tỷ lệ hồ sơ thanh toán trực tuyến (%)',
  } satisfies Record<keyof Targets, string>,
  targetsYearLabel: 'Năm áp dụng chỉ tiêu',
  targetsAllYears: 'Mọi năm (mặc định)',
  targetsYearOption: (year: string) => `Năm ${year}`,
  targetsYearOwn: (year: string) => `Năm ${year} (đã đặt riêng)`,
  targetsYearHint: (year: string) =>
    `Năm ${year} chưa có chỉ tiêu riêng nên đang dùng chỉ tiêu mặc định. Sửa số bên dưới rồi bấm “Lưu” để đặt riêng cho năm ${year}.`,
  targetsDropYear: (year: string) => `Dùng chỉ tiêu mặc định cho năm ${year}`,
  signerLegend: 'Người ký báo cáo',
  signerRole: 'Thẩm quyền ký',
  signerTitle: 'Chức vụ người ký (mỗi dòng một dòng trong báo cáo)',
  signerName: 'Họ tên người ký',
  templateProblemText,
  templateProblem: (title: string, problem: TemplateProblem) => `Mẫu “${title}”: ${templateProblemText(problem)}`,
  /** A template the report could not use: a saved section template (the default was printed) or the clerk's text. */
  reportProblem: ({ template, problem }: ReportProblem) =>
    template ? `Mẫu “${template}” có lỗi nên đang dùng mẫu mặc định. ${templateProblemText(problem)}` : templateProblemText(problem),
  settingsSaved: 'Đã lưu cài đặt.',
  templatesLegend: 'Mẫu lời văn báo cáo',
  templatesHint: 'Chỗ trong dấu {{ }} được điền tự động từ số liệu của kỳ báo cáo.',
  templateLabel: (title: string) => `Mẫu: ${title}`,
  templatePlaceholders: 'Chỗ điền tự động',
  restoreDefault: RESTORE,
  restoreDefaultOf: (title: string) => `${RESTORE}: ${title}`,
  portalsLegend: 'Cổng của tỉnh/thành phố khác',
  portalsHint: 'Tiện ích đọc sẵn các trang *.haiphong.gov.vn và dichvucong.gov.vn. Nếu hệ thống một cửa của đơn vị ở địa chỉ khác, thêm địa chỉ đó tại đây.',
  portalAddress: 'Địa chỉ cổng',
  addPortal: 'Thêm cổng',
  portalsAdded: 'Cổng đã thêm',
  removePortal: 'Gỡ',
  removePortalOf: (origin: string) => `Gỡ cổng ${origin}`,
  originProblem: (p: OriginProblem): string => {
    switch (p.code) {
      case 'empty':
        return 'Hãy nhập địa chỉ cổng, ví dụ https://motcua.thanhhoa.gov.vn';
      case 'notAddress':
        return `“${p.text}” không phải địa chỉ trang web.`;
      case 'notHttp':
        return 'Chỉ nhận địa chỉ bắt đầu bằng http:// hoặc https://';
      case 'notFullDomain':
        return `“${p.host}” không phải tên miền đầy đủ.`;
      case 'builtIn':
        return 'Cổng này tiện ích đã hỗ trợ sẵn, không cần thêm.';
    }
  },
  portalDenied: (origin: string) => `Chưa được cấp quyền đọc trang ${origin}; chưa thêm.`,
  portalAddedText: (origin: string) => `Đã thêm cổng ${origin}. Mở lại trang thống kê trên cổng đó để tiện ích đọc số liệu.`,
  portalRemoved: (origin: string) => `Đã gỡ cổng ${origin} và thu hồi quyền đọc trang đó.`,
  backupLegend: 'Sao lưu dữ liệu',
  backupHint: 'Số liệu chỉ nằm trong trình duyệt này. Nên xuất tệp sao lưu định kỳ hoặc trước khi chuyển máy.',
  exportData: 'Xuất dữ liệu',
  importData: 'Nhập dữ liệu',
  deleteAll: 'Xóa toàn bộ dữ liệu',
  confirmDelete: 'Xác nhận xóa',
  confirmDeleteText:
    'Xóa hết số liệu đã lấy từ cổng, số liệu nhập tay, nội dung báo cáo đã soạn cho các kỳ và cài đặt? Không thể hoàn tác (trừ khi đã xuất tệp sao lưu).',
  deleteForGood: 'Xóa hẳn',
  exported: (n: number) => `Đã xuất ${n} bản ghi số liệu và cài đặt.`,
  importFailed: (error: string) => `Không nhập được: ${error}`,
  imported: (added: number, duplicates: number, settingsRestored: boolean) =>
    `Đã nhập ${added} bản ghi mới, bỏ qua ${duplicates} bản ghi đã có.${settingsRestored ? ' Đã khôi phục cài đặt.' : ''}`,
  allDeleted: 'Đã xóa toàn bộ số liệu và cài đặt.',
  // --- Teach mode (issue 11): the teach page and Options "Cách đọc bảng đã dạy" ---
  teachTitle: 'Dạy đọc bảng',
  teachHint: (origin: string) =>
    `Bảng trên trang ${origin}. Chọn mỗi cột số liệu là số liệu nào; cột không cần thì chọn “Không dùng”. Từ nay tiện ích đọc các bảng của trang này theo cách đã dạy.`,
  teachNotUsed: 'Không dùng',
  teachSamples: (samples: string) => `Số trên trang: ${samples}`,
  teachSave: 'Lưu cách đọc',
  teachMissing: 'Không còn bảng để dạy: hãy bấm lại “Chỉ cách đọc bảng này” trên trang thống kê.',
  teachDuplicate: (label: string) => `“${label}” đang được chọn cho hai cột: mỗi số liệu chỉ chọn cho một cột.`,
  teachSaved: (columns: number) => `Đã lưu cách đọc bảng (${columns} cột).`,
  teachSavedNothing: 'Đã lưu: cách đọc giống hệt cách tiện ích tự đọc, không cần ghi thêm.',
  teachReread: (lines: string) => `Trang đã được đọc lại: ${lines}`,
  teachNotReread: 'Trang thống kê không còn mở: mở lại trang đó để tiện ích đọc bảng theo cách đã dạy.',
  teachFailed: 'Chưa lưu được cách đọc. Hãy bấm lại “Chỉ cách đọc bảng này” trên trang thống kê.',
  rulesLegend: 'Cách đọc bảng đã dạy',
  rulesHint: 'Cách đọc các bảng mà tiện ích chưa tự hiểu, do cán bộ chỉ qua nút “Chỉ cách đọc bảng này”. Có thể xuất ra tệp để gửi cho các xã, phường khác dùng cùng cổng.',
  rulesNone: 'Chưa dạy cách đọc bảng nào.',
  rulesSavedAt: (when: string) => `dạy lúc ${when}`,
  rulesNotUsed: 'không dùng',
  removeRuleOf: (origin: string, when: string) => `Xóa cách đọc bảng của ${origin} (${when})`,
  exportRules: 'Xuất cách đọc bảng',
  importRules: 'Nhập cách đọc bảng',
  rulesExported: (n: number) => `Đã xuất ${n} cách đọc bảng.`,
  rulesImported: (added: number, duplicates: number) => `Đã nhập ${added} cách đọc bảng, bỏ qua ${duplicates} cách đã có.`,
  ruleRemoved: 'Đã xóa cách đọc bảng.',

  // Excel import (issue 12): Options, "Nhập tệp Excel từ cổng"
  excelLegend: 'Số liệu từ tệp Excel của cổng',
  excelHint:
    'Chọn một hoặc nhiều tệp tải bằng nút “Xuất Excel” trên trang thống kê của cổng (.xlsx, .xls): tiện ích đọc từng trang tính như đọc trang thống kê và lưu số liệu của đơn vị mình, kể cả các tháng trước.',
  excelInput: 'Nhập tệp Excel từ cổng',
  excelProgress: 'Tiến độ nhập tệp',
  excelReading: (done: number, total: number) => `Đang đọc tệp: ${done}/${total}…`,
  excelDone: (total: number) => `Đã đọc xong ${total} tệp.`,
  excelResults: 'Kết quả nhập tệp',
  excelNeedUnit: 'Hãy nhập “Đơn vị báo cáo” và bấm “Lưu” trước khi nhập tệp: tiện ích cần biết dòng nào là của đơn vị mình.',
  excelStored: (kinds: string, period: string, unit: string) => `đã lưu ${kinds} – ${period}${unit ? ` – ${unit}` : ''}`,
  excelAlreadyStored: (kinds: string, period: string) => `${kinds} – ${period} đã có sẵn, không lưu lại`,
  excelNeedsPeriod: 'không tìm thấy kỳ số liệu trong tệp; chọn kỳ để lưu:',
  excelPeriodLabel: 'Kỳ số liệu của tệp',
  excelChoosePeriod: '— Chọn kỳ —',
  excelProblem: (p: SheetProblem | FileProblem, clerkUnit: string): string => {
    switch (p.code) {
      case 'otherUnit':
        return `không lưu: tệp của «${p.unit}», không phải của «${clerkUnit}».`;
      case 'unreadable':
        return `không lưu: không đọc được bảng thống kê: ${p.detail}.`;
      case 'noStatistics':
        return 'không có bảng số liệu thống kê, bỏ qua.';
      case 'fileTooLarge':
        return `không lưu: tệp lớn hơn ${p.maxMb} MB.`;
      case 'notWorkbook':
        return 'không lưu: không phải tệp Excel đọc được.';
    }
  },
  excelFailed: 'Không nhập được tệp.',
  technicalDetail: 'Chi tiết kỹ thuật',
  sourceFile: (where: string, time: string) => `tệp ${where} (nhập lúc ${time})`,
  sourceFileName: (file: string, sheet: string) => `tệp ${file} › ${sheet}`,
  // Issue 14 (signable report): field-by-field settings checks, autosave, undo, backup settings, figures table, unfinished parts.
  settingsFieldProblem: (p: FieldProblem, targetLabel: string): string => {
    switch (p.code) {
      case 'unitMissing':
        return 'Chưa nhập đơn vị báo cáo (ví dụ: xã Bình Giang).';
      case 'unitNoType':
        return 'Tên đơn vị phải có loại đơn vị ở đầu: xã, phường hoặc đặc khu.';
      case 'cityMissing':
        return 'Chưa nhập tỉnh/thành phố (ví dụ: thành phố Hải Phòng).';
      case 'cityNoType':
        return 'Tên phải có “tỉnh” hoặc “thành phố” ở đầu.';
      case 'cutoffInvalid':
        return 'Ngày chốt số liệu phải là số nguyên từ 1 đến 28.';
      case 'targetEmpty':
        return `“${targetLabel}”${p.year ? ` năm ${p.year}` : ''} đang để trống: nhập một số từ 0 đến 100.`;
      case 'targetNotNumber':
        return `“${targetLabel}”${p.year ? ` năm ${p.year}` : ''} không phải là số: nhập một số từ 0 đến 100.`;
      case 'targetRange':
        return `“${targetLabel}”${p.year ? ` năm ${p.year}` : ''} phải từ 0 đến 100.`;
    }
  },
  useSuggestion: (name: string) => `Dùng “${name}”`,
  settingsNotSaved: (n: number) => `Chưa lưu: còn ${n} ô cần sửa (đánh dấu đỏ, lời nhắn ngay dưới ô).`,
  targetsOtherYearProblem: (year: string) => `Chỉ tiêu năm ${year} có ô cần sửa: chọn năm ${year} ở “Năm áp dụng chỉ tiêu”.`,
  parentBodyLabel: 'Dòng cơ quan cấp trên (trên tên UBND)',
  parentBodyHint: 'Ví dụ: UBND THÀNH PHỐ HẢI PHÒNG. Để trống nếu báo cáo không ghi dòng này.',
  autosaved: 'Đã tự lưu cho kỳ này.',
  autosaving: 'Đang lưu…',
  autosaveFailed: 'Chưa lưu được: nội dung vẫn còn trên trang, hãy bấm nút Lưu để thử lại.',
  restoredDefault: (title: string) => `Đã khôi phục mặc định: ${title}.`,
  undoOf: (title: string) => `Hoàn tác khôi phục: ${title}`,
  backupSettingsQuestion: 'Tệp sao lưu có cài đặt khác với cài đặt hiện tại (người ký, chỉ tiêu, mẫu lời văn, cổng đã thêm). Dùng cài đặt trong tệp?',
  backupSettingsTitle: 'Cài đặt trong tệp sao lưu',
  backupTakeSettings: 'Dùng cài đặt trong tệp',
  backupKeepSettings: 'Giữ cài đặt hiện tại',
  settingsKept: 'Giữ nguyên cài đặt hiện tại.',
  copyFiguresTable: 'Sao chép bảng số liệu',
  figuresTableCopied: `Đã sao chép bảng số liệu. ${PASTE}`,
  unfinishedTitle: 'Còn chỗ chưa điền',
  unfinishedHint: 'Vẫn có thể sao chép hoặc tải báo cáo; nhớ điền những chỗ này trước khi trình ký.',
  factsTitle: 'Văn bản, số liệu riêng của kỳ',
  factsHint: 'Điền cho kỳ này (ô viền cam: còn trống hoặc còn dấu “…” cần thay); kỳ sau sẽ mang sang để sửa.',
  factsCarried: (label: string) => `Đang dùng nội dung của ${label}: kiểm tra lại cho kỳ này.`,
  // Popup first screen, "Trang cần mở", trend with little data (issue 13, helper popup)
  manualTag: 'nhập tay',
  refreshing: 'Đang cập nhật số liệu…',
  actionsLabel: 'Thao tác với báo cáo',
  checklistTitle: 'Trang cần mở',
  checklistRange: (from: string, to: string) => `Từ ngày ${from} đến ngày ${to}`,
  checklistLead: (range: string) => `Mở các trang sau trên hệ thống giải quyết TTHC, chọn kỳ “${range}”:`,
  checklistNotEnded: (to: string) => `Kỳ này chưa kết thúc (đến hết ngày ${to}): số liệu còn thay đổi.`,
  checklistComplete: 'Đã có đủ các trang số liệu cho kỳ này.',
  checklistOpen: (kind: string) => `Mở trang ${kind}`,
  checklistNoLink: 'chưa biết địa chỉ: mở trang này trên cổng một lần, tiện ích sẽ nhớ',
  damagedCapture: 'Bản ghi hỏng',
  captureUnreadable: 'Không hiển thị được bản ghi này.',
  trendFewMonths: (n: number) => `Mới có số liệu ${n} tháng: chưa đủ 3 tháng để thấy xu hướng.`,
  trendTable: 'Bảng số liệu xu hướng',
  trendMonth: 'Tháng',
  trendNoValue: 'chưa có số liệu',
};

/** The shape every language has: a missing or extra key in another catalogue is a compile error. */
export type Strings = typeof vi;
