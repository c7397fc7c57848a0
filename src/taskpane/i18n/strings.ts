/**
 * The shape of every text the task pane shows. Two dictionaries implement it (vi, en) so the
 * compiler refuses a string that exists in one language only.
 */
import type { Severity } from '../../engine/findings/finding';

export interface Strings {
  langName: string;
  appTitle: string;
  languageLabel: string;

  // Header
  sheetLabel: string;
  sheetAuto: (picked: string | null) => string;
  setLabel: string;
  setAuto: string;
  setHow: Record<'forced' | 'declared' | 'matched' | 'settings', string>;
  unitLabel: string;
  unitUnknown: string;
  noSetMatched: string;

  // Actions
  check: string;
  checking: string;
  flag: string;
  flagHint: string;
  unflag: string;
  summary: string;
  summaryHint: string;
  severityCount: (severity: Severity, n: number) => string;
  actionsLabel: string;
  flaggedCells: (n: number) => string;
  clearedCells: (n: number) => string;
  summaryWritten: (sheet: string) => string;
  nothingToFlag: string;
  needCheckFirst: string;

  // Results
  tabFindings: string;
  tabScores: string;
  tabAppraiser: string;
  tabTemplate: string;
  tabCriteria: string;
  tabsLabel: string;
  severityWord: Record<Severity, string>;
  severityPlural: Record<Severity, string>;
  generalArea: string;
  areaHeading: (code: string, title: string | null) => string;
  noFindings: string;
  startHint: string;
  findingGoTo: (cell: string) => string;
  wholeSheet: string;
  announceResult: (sheet: string, errors: number, warnings: number, infos: number) => string;
  recheckedAfterEdit: string;

  // Scores
  scoresCaption: string;
  colArea: string;
  colMax: string;
  colSelf: string;
  colAppraised: string;
  colIndex: string;
  totalSelf: string;
  totalFinal: string;
  indexLabel: string;
  classification: string;
  classifiedOn: Record<'final' | 'self', string>;
  notAppraised: string;
  noScores: string;

  // Appraiser view
  appraiserCaption: string;
  colAppraisedNoSurvey: string;
  colDifference: string;
  colSurvey: string;
  totalRow: string;
  noAppraisedColumn: string;
  changesWithoutNote: (n: number) => string;
  allChangesHaveNotes: string;

  // Template
  templateIntro: string;
  templateSet: string;
  templateUnit: string;
  templateInsert: string;
  templateInserted: (sheet: string) => string;

  // Criteria section
  knownSets: string;
  setCreated: (title: string) => string;

  // Problems
  emptyWorkbook: string;
  emptySheet: (sheet: string) => string;
  notScoresheet: (sheet: string) => string;
  noHeader: (sheet: string) => string;
  protectedSheet: (sheet: string) => string;
  writeFailed: (what: string, detail: string) => string;
  readFailed: (detail: string) => string;
  unknownError: string;
  whatFlag: string;
  whatUnflag: string;
  whatSummary: string;
  whatTemplate: string;
  whatSelect: string;

  // Boot
  officeTimeoutTitle: string;
  officeTimeoutBody: string;
  openFileMode: string;
  checkerLink: string;
  loading: string;
  fileModeFailed: string;
  dismiss: string;
  requestsHeading: string;
  requestsButton: string;
  requestsCount: (n: number) => string;
  noRequests: string;
  requestsOpened: (unit: string, n: number, name: string) => string;
  requestsDownloaded: (unit: string, n: number, name: string) => string;
  requestsFailed: (detail: string) => string;
  selfMaxShort: string;
  roundsCaption: string;
  round1Total: string;
  round2Total: string;
  round2ItemsCaption: (n: number) => string;
  colRound1: string;
  colRound2: string;
  finalFrom: { round1: string; round2: string; mixed: string };
  notApplicableShort: string;

  // Result card (issue 11: the answer first)
  resultHeading: string;
  selfShort: string;
  finalShort: string;
  checkedAt: (time: string, live: boolean) => string;
  countsLabel: string;
  setUsed: string;
  noSetTitle: string;
  noSetBody: string;
  buildSetHere: string;
  loadSetFile: string;
  applyingSet: (title: string) => string;
  setOnlyThisSession: string;
  noScoresheetTitle: string;
  noScoresheetBody: (sheets: string) => string;
  emptyWorkbookBody: string;

  // Findings list
  findingsToolbar: string;
  filterLabel: string;
  filterPlaceholder: string;
  noMatch: string;
  prevFinding: string;
  nextFinding: string;
  position: (i: number, n: number) => string;
  showDetails: (where: string) => string;
  why: string;
  howToFix: string;
  explained: string;
  explainedNotKept: string;
  explainedCount: (n: number) => string;

  // Overflow menu and the settings drawer
  moreLabel: string;
  menuSheetAndSet: string;
  menuTemplate: string;
  menuImport: string;
  menuHelp: string;
  close: string;
  helpHeading: string;
  helpLines: string[];
  version: (v: string) => string;
}
