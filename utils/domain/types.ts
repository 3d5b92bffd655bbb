/**
 * Plain data shapes shared by extraction, storage and the report.
 * Dates are ISO calendar dates ("2026-02-14"), never Date objects, so no
 * time zone can move a day.
 */

/** An inclusive range of calendar days, ISO `YYYY-MM-DD`. */
export interface Period {
  from: string;
  to: string;
}

export {
  COUNT_FIELDS,
  PAGE_KINDS,
  RATE_FIELDS,
  type CountField,
  type FieldKey,
  type Fields,
  type PageKind,
  type RateField,
} from './fields';
import type { FieldKey, Fields, PageKind } from './fields';

/** Where a value came from on the page. */
export interface CellRef {
  /** Header texts from the top header row down, e.g. ["Số hồ sơ đã giải quyết", "Trước hạn"]. */
  header: string[];
  /** Label of the row the value was read from ("Tổng cộng", "UBND xã Bình Giang", or "Σ n dòng"). */
  row: string;
  /** The cell's text as shown, NFC, whitespace collapsed. */
  raw: string;
  /** Imported files only: the sheet cell the value was read from, e.g. "F12" (absent for a sum of rows). */
  address?: string;
}

/** A capture imported from a portal's Excel export (Options, "Nhập tệp Excel từ cổng") instead of read off a page. */
export interface FileSource {
  /** The file's name as chosen, e.g. "Bieu06_T02.xlsx" (no folder: the browser gives none). */
  name: string;
  /** The sheet's name, e.g. "Sheet1". */
  sheet: string;
}

/** How the data row was chosen. */
export const ROW_CHOICES = ['unit', 'total', 'sum', 'single'] as const;
export type RowChoice = (typeof ROW_CHOICES)[number];

/** One statistics table read off a page, before it is stored. */
export interface Extraction {
  kinds: PageKind[];
  period: Period | null;
  /** Label of the row used (unit name, total row label, or a note for sums). */
  unit: string | null;
  rowChoice: RowChoice;
  fields: Fields;
  cells: Partial<Record<FieldKey, CellRef>>;
  /** Columns whose headers mapped to no field: kept as provenance, never guessed. */
  unmapped: string[][];
  /** Vietnamese, clerk-readable. */
  warnings: string[];
  /**
   * 'calendar' for the national index (Bộ chỉ số 766), which only offers calendar
   * month/quarter/year; absent means the back office's own date range.
   */
  periodBasis?: 'calendar';
}

/** What the content script sends after reading a page. */
export interface PageReport {
  url: string;
  title: string;
  extractions: Extraction[];
  /** Set when the page looked like a statistics page but could not be read. */
  problem?: string;
}

/** A stored snapshot (one per extraction). */
export interface Capture extends Extraction {
  id?: number;
  /** The page's address (origin + path); '' for a capture imported from a file (then `file` is set). */
  url: string;
  /** Set for a capture imported from an Excel export: its file and sheet. */
  file?: FileSource;
  title: string;
  capturedAt: string; // ISO timestamp
  lastSeenAt: string; // ISO timestamp
  /** Identity of the content: same page, period, unit and numbers → same key. */
  contentKey: string;
  /** The capture's period as `from..to`, indexed for period look-ups ('' when unknown). */
  periodKey: string;
  /** Set on reading a stored record that is not valid (utils/store/readable.ts): shown flagged, deletable, never used. */
  damaged?: true;
}

/** The six indicators the city sets targets for (spec §4), in the seed report's order. */
export const TARGET_KEYS = ['online', 'onTime', 'digitized', 'reused', 'paknSatisfied', 'payment'] as const;
/** Target percent per indicator. */
export type Targets = Record<(typeof TARGET_KEYS)[number], number>;

export interface Settings {
  /** "xã Bình Giang" */
  unitName: string;
  /** "thành phố Hải Phòng" */
  cityName: string;
  /** Targets for any year without its own in `targetsByYear`. */
  targets: Targets;
  /** Targets the city set for a given year ("2026" → …); see utils/report/targets.ts. */
  targetsByYear?: Record<string, Targets>;
  /** Day of month that starts a reporting period (15 by Nghị định 09/2019/NĐ-CP). */
  cutoffDay: number;
  /** Who signs the report; absent → "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" and no name. */
  signer?: Signer;
  /** Extra back-office origins the clerk added (optional host permission granted), e.g. "https://motcua.thanhhoa.gov.vn". */
  portalOrigins?: string[];
  /** The clerk's edits of the report templates (utils/report/templates); a missing key uses the default. */
  templates?: Partial<Record<TemplateKey, string>>;
  /** Language of the extension's pages (Options, "Ngôn ngữ giao diện"); absent → Vietnamese. The report stays Vietnamese. */
  uiLanguage?: UiLanguage;
  /**
   * The line above the committee's name in the letterhead ("UBND THÀNH PHỐ HẢI PHÒNG"): absent → "UBND " and the
   * city's name in capitals; '' → no such line.
   */
  parentBody?: string;
}

export const UI_LANGUAGES = ['vi', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Signature block of the report (Nghị định 30/2020/NĐ-CP). */
export interface Signer {
  /** "TM. ỦY BAN NHÂN DÂN" */
  role: string;
  /** "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH" (one line per `\n`) */
  title: string;
  /** "Vũ Thị Hòa" */
  name: string;
}

/** Editable report templates: the data-driven sections' wording. */
export const TEMPLATE_KEYS = ['title', 'section22', 'section31b', 'section32', 'section4', 'section5'] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

/** The clerk's own text of the report, one entry per part (utils/report/narrative.ts). */
export const NARRATIVE_KEYS = [
  // The period's facts (utils/report/facts.ts), printed through placeholders of the parts below.
  'requestDoc',
  'directionDocs',
  'reformPlan',
  'basis',
  'direction',
  'impactAssessment',
  'reductionBasis',
  'publicUpdates',
  'systems',
  'assessment',
  'nextTasks',
  'closing',
  'recipients',
] as const;
export type NarrativeKey = (typeof NARRATIVE_KEYS)[number];
/** Template sources (may hold placeholders such as {{don_vi}}), one per part. */
export type Narrative = Record<NarrativeKey, string>;

/** A period's narrative as the clerk saved it. */
export interface SavedNarrative {
  /** ReportPeriod id, e.g. "month:2026-02". */
  periodId: string;
  texts: Partial<Narrative>;
  savedAt: string; // ISO timestamp
}

/** Reporting periods of Nghị định 09/2019/NĐ-CP (see utils/domain/period.ts). */
export type PeriodKind = 'month' | 'quarter' | 'half' | 'nine' | 'year';

/** Which reporting period, as a structured value: "Tháng 02/2026" is { kind: 'month', year: 2026, month: 2 }. */
export type PeriodRef =
  | { kind: 'month'; year: number; month: number }
  | { kind: 'quarter'; year: number; quarter: number }
  | { kind: 'half' | 'nine' | 'year'; year: number };

/** A named reporting period: "Tháng 02/2026" = 2026-01-15..2026-02-14 with cut-off day 15. */
export type ReportPeriod = PeriodRef &
  Period & {
    /** Storage and URL key (periodId/parsePeriodId): "month:2026-02", "quarter:2026-1", "half:2026", "nine:2026", "year:2026". */
    id: string;
    /** "Tháng 02/2026", "Quý I/2026", "6 tháng đầu năm 2026", "9 tháng năm 2026", "Năm 2026". */
    label: string;
    /** "Tháng 02/2026 (15/01/2026 – 14/02/2026)", for the "Kỳ báo cáo" combobox. */
    optionLabel: string;
  };

/**
 * Teach mode: one column of a table as the clerk taught it. `header` is the path as the page shows it (display
 * texts, top-down); the extraction matches on its normalised key (utils/extract/synonyms.ts `headerKey`).
 */
export interface TaughtColumn {
  header: string[];
  /** null: "Không dùng" (the column gives nothing). */
  field: FieldKey | null;
}

/** A reading the clerk taught for tables of one portal origin ("Chỉ cách đọc bảng này"); consulted before the synonym table. */
export interface TaughtRule {
  id?: number;
  /** "https://motcua.haiphong.gov.vn" (scheme, host, port as the browser gives `location.origin`). */
  origin: string;
  columns: TaughtColumn[];
  savedAt: string; // ISO timestamp
}
