import type { TemplateProblem } from '@/utils/report/templates';
import type { Strings } from './vi';

const PASTE = 'Paste it into Word with Ctrl+V.';
const MISSING = (list: string, what: string) => `Missing data: ${list}. ${what} will read “chưa có số liệu” in these places.`;
const RESTORE = 'Restore default';

function templateProblemText(p: TemplateProblem): string {
  switch (p.code) {
    case 'unclosedTag':
      return `Line ${p.line}: the closing “}}” is missing.`;
    case 'unclosedSection':
      return `Block “{{#${p.name}}}” has no “{{/${p.name}}}” to close it.`;
    case 'unopenedSection':
      return `Line ${p.line}: “{{/${p.name}}}” closes no open block.`;
    case 'partial':
      return `Line ${p.line}: sub-templates such as “{{> ${p.name}}}” cannot be used.`;
    case 'unknownName':
      return `Line ${p.line}: there is no field “{{${p.name}}}”. Fields you can use: ${p.known.join(', ')}.`;
    case 'unreadable':
      return `The template cannot be read: ${p.detail}`;
  }
}

/** English, chosen in Options ("Ngôn ngữ giao diện"); the report itself stays Vietnamese. */
export const en: Strings = {
  locale: 'en-GB',
  loading: 'Loading…',
  save: 'Save',
  cancel: 'Cancel',
  delete: 'Delete',
  unitLabel: 'Reporting unit',
  cityLabel: 'Province/city',
  periodLabel: 'Reporting period',
  periodWithData: ' • has data',
  kindLabels: {
    results: 'Dossier handling results',
    online: 'Online submission',
    digitization: 'Dossier digitisation',
    payment: 'Online payment',
    feedback: 'Feedback and petitions (PAKN)',
    catalogue: 'TTHC catalogue',
    index766: 'Index 766 (National Public Service Portal)',
  },
  unknownPeriod: 'period not known',

  // Popup
  appTitle: 'CCHC report',
  openEditor: 'Edit report',
  openSettings: 'Settings',
  emptyPeriod: (range) => `No data for this period yet. Open the statistics page for ${range} in the TTHC case-handling system.`,
  sourceNotes: 'Notes on data sources',
  firstRunName: 'Getting started',
  firstRunLead: 'First use:',
  firstRunHint: 'enter your unit. Targets and the cut-off day can be changed later in “Settings”.',
  saveUnit: 'Save unit',
  indicatorsCaption: 'Indicators for the period',
  indicatorColumn: 'Indicator',
  resultColumn: 'Result',
  targetColumn: 'Target',
  statusColumn: 'Assessment',
  status: { met: 'Met', missed: 'Not met', missing: 'Data missing', notArisen: 'None arose' },
  dataSource: 'Data source',
  noSource: 'No data source yet.',
  sourcePage: (page, time) => `${page} (taken at ${time})`,
  sourceCell: (header, row, raw) => ` – column "${header}", row "${row}", cell "${raw}"`,
  warningsTitle: 'Data warnings',
  noWarnings: 'No warnings for this period.',
  titleSectionName: 'the report title',
  titleSectionHeading: 'Report title',
  sectionName: (number) => `section ${number}`,
  sectionHeading: (number, title) => `Section ${number}. ${title}`,
  sectionMissing: (list) => MISSING(list, 'The text'),
  copySection: (name) => `Copy ${name}`,
  sectionCopied: (name) => `Copied ${name}. ${PASTE}`,
  copyFailed: (error) => `Could not copy: ${error}`,
  wholeTitle: 'Whole report',
  reportMissing: (list) => MISSING(list, 'The report'),
  copyAll: 'Copy whole report',
  allCopied: `Copied the whole report. ${PASTE}`,
  downloadDocx: 'Download report (.docx)',
  downloaded: (fileName) => `Downloaded ${fileName}.`,
  actionFailed: (error) => `Could not do it: ${error}`,
  trendTitle: '12-month trend',
  trendChart: 'Trend chart',
  targetSeries: (label) => `Target: ${label}`,
  copyChart: 'Copy chart',
  chartCopied: `Copied the chart (PNG image). ${PASTE}`,
  chartCopyFailed: (error) => `Could not copy the chart: ${error}`,
  chartImageFailed: 'could not make the image',
  clipboardRefused: 'the browser did not allow writing to the clipboard. Click inside this window, then press the button again.',
  storageFull: "the browser's storage is full.",
  unexpectedFailure: 'something unexpected went wrong (details in the Console, press F12).',
  capturesTitle: (n) => `Captured data (${n})`,
  captureDeleted: (what, range) => `Deleted the ${what} data for ${range}.`,
  undo: 'Undo',
  noCaptures: 'No data yet. Open a statistics page in the TTHC case-handling system and the extension will capture its figures.',
  captureDetails: (range, unit, when) => ` – period ${range}${unit ? ` – ${unit}` : ''} – taken at ${when} – `,
  sourcePageLink: 'source page',
  deleteCapture: (what, when) => `Delete the ${what} data taken at ${when}`,
  moreCaptures: (n) => `Show more (${n} older records)`,

  // Report editor
  editorTitle: 'Edit the administrative reform report',
  manualTitle: 'Figures entered by hand',
  manualHint: 'Leave a box empty to use the figure captured from the portal. Figures entered by hand are marked “nhập tay” in the sources.',
  notCaptured: 'none yet',
  fromPortal: (value) => `from portal: ${value}`,
  notACount: (label, raw) => `${label}: “${raw}” is not a valid number of dossiers.`,
  manualSaved: (n) => `Saved ${n} figures entered by hand for this period.`,
  manualCleared: 'Deleted the figures entered by hand for this period.',
  saveManual: 'Save figures entered by hand',
  clearManual: 'Delete figures entered by hand',
  narrativeTitle: 'Text written by the clerk',
  narrativeOwn: 'Saved for this period.',
  narrativeCarried: 'Not saved for this period yet: using the previous period’s text (or the default template).',
  narrativePlaceholders: 'Placeholders you can use',
  saveNarrative: 'Save text',
  narrativeSaved: 'Saved the report text for this period.',
  previewTitle: 'Preview of the whole report',

  // Options
  optionsTitle: 'Administrative reform report settings',
  loadingSettings: 'Loading settings…',
  settingsName: 'Report settings',
  unitLegend: 'Unit',
  cutoffLabel: 'Cut-off day',
  cutoffHint: 'A monthly reporting period runs from the cut-off day of the previous month to the day before the cut-off day of the reporting month (Decree 09/2019/NĐ-CP: the 15th).',
  uiLanguageLabel: 'Interface language',
  targetsLegend: 'Targets set by the city',
  targetLabels: {
    online: 'Target: online application rate (%)',
    onTime: 'Target: dossiers resolved early or on time (%)',
    digitized: 'Target: digitisation of dossiers and results (%)',
    reused: 'Target: reuse of digitised data (%)',
    paknSatisfied: 'Target: satisfaction with handling of feedback and petitions (%)',
    payment: 'Target: online payment rate (%)',
  },
  targetsYearLabel: 'Year the targets apply to',
  targetsAllYears: 'Every year (default)',
  targetsYearOption: (year: string) => `${year}`,
  targetsYearOwn: (year: string) => `${year} (own targets)`,
  targetsYearHint: (year: string) =>
    `${year} has no targets of its own, so the default targets apply. Change the figures below and press “Save” to set them for ${year}.`,
  targetsDropYear: (year: string) => `Use the default targets for ${year}`,
  signerLegend: 'Report signatory',
  signerRole: 'Signing authority',
  signerTitle: 'Signatory’s position (each line is a line in the report)',
  signerName: 'Signatory’s full name',
  templateProblemText,
  templateProblem: (title, problem) => `Template “${title}”: ${templateProblemText(problem)}`,
  reportProblem: ({ template, problem }) =>
    template ? `Template “${template}” has an error, so the default is used. ${templateProblemText(problem)}` : templateProblemText(problem),
  settingsSaved: 'Settings saved.',
  templatesLegend: 'Report wording templates',
  templatesHint: 'Places in {{ }} are filled in automatically from the reporting period’s figures.',
  templateLabel: (title) => `Template: ${title}`,
  templatePlaceholders: 'Automatic placeholders',
  restoreDefault: RESTORE,
  restoreDefaultOf: (title) => `${RESTORE}: ${title}`,
  portalsLegend: 'Portals of other provinces/cities',
  portalsHint: 'The extension already reads *.haiphong.gov.vn and dichvucong.gov.vn. If your unit’s one-stop system is at another address, add it here.',
  portalAddress: 'Portal address',
  addPortal: 'Add portal',
  portalsAdded: 'Added portals',
  removePortal: 'Remove',
  removePortalOf: (origin) => `Remove portal ${origin}`,
  originProblem: (p) => {
    switch (p.code) {
      case 'empty':
        return 'Please enter the portal address, e.g. https://motcua.thanhhoa.gov.vn';
      case 'notAddress':
        return `“${p.text}” is not a web address.`;
      case 'notHttp':
        return 'Only addresses starting with http:// or https:// are accepted.';
      case 'notFullDomain':
        return `“${p.host}” is not a full domain name.`;
      case 'builtIn':
        return 'This portal is already supported; no need to add it.';
    }
  },
  portalDenied: (origin) => `Permission to read ${origin} was not granted; not added.`,
  portalAddedText: (origin) => `Added portal ${origin}. Reopen the statistics page on that portal so the extension can read its figures.`,
  portalRemoved: (origin) => `Removed portal ${origin} and revoked permission to read it.`,
  backupLegend: 'Data backup',
  backupHint: 'The data lives only in this browser. Export a backup file regularly or before changing computers.',
  exportData: 'Export data',
  importData: 'Import data',
  deleteAll: 'Delete all data',
  confirmDelete: 'Confirm deletion',
  confirmDeleteText:
    'Delete all captured data, hand-entered figures, the report texts written for every period and the settings? This cannot be undone (unless you exported a backup file).',
  deleteForGood: 'Delete for good',
  exported: (n) => `Exported ${n} data records and the settings.`,
  importFailed: (error) => `Could not import: ${error}`,
  imported: (added, duplicates, settingsRestored) =>
    `Imported ${added} new records, skipped ${duplicates} already present.${settingsRestored ? ' Settings restored.' : ''}`,
  allDeleted: 'Deleted all data and settings.',
  // --- Teach mode (issue 11): the teach page and Options "Cách đọc bảng đã dạy" ---
  teachTitle: 'Teach how to read a table',
  teachHint: (origin) =>
    `A table on ${origin}. Choose which figure each number column gives; choose “Not used” for columns not needed. From now on the extension reads this site's tables the way you taught.`,
  teachNotUsed: 'Không dùng (not used)',
  teachSamples: (samples) => `Numbers on the page: ${samples}`,
  teachSave: 'Save this reading',
  teachMissing: 'No table to teach any more: press “Chỉ cách đọc bảng này” on the statistics page again.',
  teachDuplicate: (label) => `“${label}” is chosen for two columns: choose each figure for one column only.`,
  teachSaved: (columns) => `Saved how to read the table (${columns} columns).`,
  teachSavedNothing: 'Saved: this is how the extension reads it by itself, nothing more to keep.',
  teachReread: (lines) => `The page was read again: ${lines}`,
  teachNotReread: 'The statistics page is no longer open: open it again to have the table read the taught way.',
  teachFailed: 'The reading was not saved. Press “Chỉ cách đọc bảng này” on the statistics page again.',
  rulesLegend: 'Taught table readings',
  rulesHint: 'How to read tables the extension did not understand by itself, taught with “Chỉ cách đọc bảng này”. Export them to a file to share with other communes using the same portal.',
  rulesNone: 'No table reading taught yet.',
  rulesSavedAt: (when) => `taught ${when}`,
  rulesNotUsed: 'not used',
  removeRuleOf: (origin, when) => `Delete the table reading of ${origin} (${when})`,
  exportRules: 'Export table readings',
  importRules: 'Import table readings',
  rulesExported: (n) => `Exported ${n} table readings.`,
  rulesImported: (added, duplicates) => `Imported ${added} table readings, skipped ${duplicates} already present.`,
  ruleRemoved: 'Deleted the table reading.',

  // Excel import (issue 12): Options, "Nhập tệp Excel từ cổng"
  excelLegend: "Figures from the portal's Excel files",
  excelHint:
    'Choose one or more files saved with “Xuất Excel” on the portal’s statistics pages (.xlsx, .xls): each sheet is read like a statistics page and your unit’s figures are stored, earlier months included.',
  excelInput: 'Import Excel files from the portal',
  excelProgress: 'Import progress',
  excelReading: (done, total) => `Reading files: ${done}/${total}…`,
  excelDone: (total) => `Read ${total} files.`,
  excelResults: 'Import results',
  excelNeedUnit: 'Enter “Reporting unit” and press “Save” before importing files: the extension needs to know which row is your unit’s.',
  excelStored: (kinds, period, unit) => `stored ${kinds} – ${period}${unit ? ` – ${unit}` : ''}`,
  excelAlreadyStored: (kinds, period) => `${kinds} – ${period} already stored, not stored again`,
  excelNeedsPeriod: 'no period found in the file; choose one to store it:',
  excelPeriodLabel: 'Period of the file',
  excelChoosePeriod: '— Choose a period —',
  excelProblem: (p, clerkUnit) => {
    switch (p.code) {
      case 'otherUnit':
        return `not stored: the file is «${p.unit}»’s, not «${clerkUnit}»’s.`;
      case 'unreadable':
        return `not stored: the statistics table could not be read: ${p.detail}.`;
      case 'noStatistics':
        return 'no statistics table, skipped.';
      case 'fileTooLarge':
        return `not stored: the file is larger than ${p.maxMb} MB.`;
      case 'notWorkbook':
        return 'not stored: not a readable Excel file.';
    }
  },
  excelFailed: 'Could not import the files.',
  technicalDetail: 'Technical details',
  sourceFile: (where, time) => `file ${where} (imported at ${time})`,
  sourceFileName: (file, sheet) => `file ${file} › ${sheet}`,
  // Issue 14 (signable report): field-by-field settings checks, autosave, undo, backup settings, figures table, unfinished parts.
  settingsFieldProblem: (p, targetLabel) => {
    switch (p.code) {
      case 'unitMissing':
        return 'The reporting unit is missing (e.g. xã Bình Giang).';
      case 'unitNoType':
        return 'The unit’s name must start with its type: xã, phường or đặc khu.';
      case 'cityMissing':
        return 'The province/city is missing (e.g. thành phố Hải Phòng).';
      case 'cityNoType':
        return 'The name must start with “tỉnh” or “thành phố”.';
      case 'cutoffInvalid':
        return 'The cut-off day must be a whole number from 1 to 28.';
      case 'targetEmpty':
        return `“${targetLabel}”${p.year ? ` for ${p.year}` : ''} is empty: enter a number from 0 to 100.`;
      case 'targetNotNumber':
        return `“${targetLabel}”${p.year ? ` for ${p.year}` : ''} is not a number: enter a number from 0 to 100.`;
      case 'targetRange':
        return `“${targetLabel}”${p.year ? ` for ${p.year}` : ''} must be from 0 to 100.`;
    }
  },
  useSuggestion: (name) => `Use “${name}”`,
  settingsNotSaved: (n) => `Not saved: ${n} field(s) to fix (marked in red, with a message below each).`,
  targetsOtherYearProblem: (year) => `The targets for ${year} have a field to fix: choose ${year} under “Year the targets apply to”.`,
  parentBodyLabel: 'Parent body line (above the committee’s name)',
  parentBodyHint: 'E.g. UBND THÀNH PHỐ HẢI PHÒNG. Leave empty if the report has no such line.',
  autosaved: 'Saved automatically for this period.',
  autosaving: 'Saving…',
  autosaveFailed: 'Not saved: your text is still on the page; press Save to try again.',
  restoredDefault: (title) => `Default restored: ${title}.`,
  undoOf: (title) => `Undo restore: ${title}`,
  backupSettingsQuestion: 'The backup holds settings that differ from the current ones (signer, targets, templates, added portals). Use the backup’s settings?',
  backupSettingsTitle: 'Settings in the backup',
  backupTakeSettings: 'Use the backup’s settings',
  backupKeepSettings: 'Keep the current settings',
  settingsKept: 'The current settings were kept.',
  copyFiguresTable: 'Copy figures table',
  figuresTableCopied: 'Figures table copied. Paste into Word with Ctrl+V.',
  unfinishedTitle: 'Still to fill in',
  unfinishedHint: 'You can still copy or download the report; fill these in before it is signed.',
  factsTitle: 'This period’s documents and numbers',
  factsHint: 'Fill in for this period (orange frame: still empty or still holding “…” to replace); the next period starts from them.',
  factsCarried: (label) => `Taken from ${label}: check it for this period.`,
  // Popup first screen, "Trang cần mở", trend with little data (issue 13, helper popup)
  manualTag: 'entered by hand',
  refreshing: 'Updating the figures…',
  actionsLabel: 'Report actions',
  checklistTitle: 'Pages to open',
  checklistRange: (from, to) => `From ${from} to ${to}`,
  checklistLead: (range) => `Open these pages on the one-stop portal and choose the period ${range}:`,
  checklistNotEnded: (to) => `This period has not ended yet (it runs to ${to}): its figures will still change.`,
  checklistComplete: 'Every page needed for this period has been read.',
  checklistOpen: (kind) => `Open the ${kind} page`,
  checklistNoLink: 'address not known yet: open this page on the portal once and the extension remembers it',
  damagedCapture: 'Broken record',
  captureUnreadable: 'This record cannot be shown.',
  trendFewMonths: (n) => `Only ${n} month(s) of data: fewer than 3 months, too few for a trend.`,
  trendTable: 'Trend figures',
  trendMonth: 'Month',
  trendNoValue: 'no data',
};
