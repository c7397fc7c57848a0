/** English texts of the task pane. */
import type { Strings } from './strings';

export const en: Strings = {
  langName: 'English',
  appTitle: 'PAR Index scoresheet check',
  languageLabel: 'Language',

  sheetLabel: 'Sheet read',
  sheetAuto: (picked) => (picked ? `Automatic (${picked})` : 'Automatic'),
  setLabel: 'Criteria set',
  setAuto: 'Detect automatically',
  setHow: {
    forced: 'chosen by you',
    declared: 'declared on the sheet',
    matched: 'matched from the sheet content',
    settings: 'from the settings saved in the file',
  },
  unitLabel: 'Unit',
  unitUnknown: '(no unit name found on the sheet)',
  noSetMatched: 'No criteria set matched: choose one in the list.',

  check: 'Check',
  checking: 'Checking…',
  flag: 'Flag on the sheet',
  unflag: 'Clear flags',
  summary: 'Create summary sheet',
  actionsLabel: 'Actions',
  flaggedCells: (n) => `Flagged ${n} ${n === 1 ? 'cell' : 'cells'} on the sheet.`,
  clearedCells: (n) => `Cleared flags from ${n} ${n === 1 ? 'cell' : 'cells'}.`,
  summaryWritten: (sheet) => `Wrote the summary to the sheet "${sheet}".`,
  nothingToFlag: 'No finding is tied to a cell, so there is nothing to flag.',
  needCheckFirst: 'Click "Check" first.',

  tabFindings: 'Findings',
  tabScores: 'Scores',
  tabAppraiser: 'Appraisal',
  tabTemplate: 'Template',
  tabCriteria: 'Criteria sets',
  tabsLabel: 'Pane sections',
  severityWord: { error: 'Error', warning: 'Warning', info: 'Info' },
  severityPlural: { error: 'Errors', warning: 'Warnings', info: 'Information' },
  generalArea: 'General (whole sheet)',
  areaHeading: (code, title) => (title ? `Area ${code}. ${title}` : `Area ${code}`),
  noFindings: 'No errors or warnings.',
  startHint: 'Click "Check" to read the open scoresheet, compute its scores and find its problems.',
  findingGoTo: (cell) => `Select cell ${cell}`,
  wholeSheet: 'whole sheet',
  announceResult: (sheet, e, w, i) =>
    `Checked the sheet "${sheet}": ${e} ${e === 1 ? 'error' : 'errors'}, ${w} ${w === 1 ? 'warning' : 'warnings'}, ${i} info.`,
  recheckedAfterEdit: 'Checked again after the workbook changed.',

  scoresCaption: 'Scores by area',
  colArea: 'Area',
  colMax: 'Max',
  colSelf: 'Self-assessed',
  colAppraised: 'Appraised',
  colIndex: 'Index (%)',
  totalSelf: 'Self-assessed total',
  totalFinal: 'Total after appraisal',
  indexLabel: 'Index',
  classification: 'Classification',
  classifiedOn: { final: 'on the appraised score', self: 'on the self-assessed score' },
  notAppraised: 'not appraised yet',
  noScores: 'No scores yet: the sheet must be read and matched to a criteria set.',

  appraiserCaption: 'Self-assessed versus appraised (survey points left out)',
  colAppraisedNoSurvey: 'Appraised',
  colDifference: 'Difference',
  colSurvey: 'Survey',
  totalRow: 'Total',
  noAppraisedColumn:
    'The sheet has no appraised scores yet. Add an "Appraised" ("Thẩm định") column and enter the scores to compare.',
  changesWithoutNote: (n) =>
    `${n} appraised ${n === 1 ? 'score differs' : 'scores differ'} from the self-assessment without an appraiser note:`,
  allChangesHaveNotes: 'Every appraised score that differs from the self-assessment has an appraiser note.',

  templateIntro: 'Insert a new sheet with a blank scoresheet for the chosen criteria set.',
  templateSet: 'Criteria set for the template',
  templateUnit: 'Name of the unit (optional)',
  templateInsert: 'Insert blank scoresheet',
  templateInserted: (sheet) => `Inserted the template as the new sheet "${sheet}".`,

  knownSets: 'Criteria sets available',
  setCreated: (title) => `Added the criteria set "${title}". Click "Check" to use it.`,

  emptyWorkbook:
    'The workbook is empty: no sheet holds data. Open a scoresheet file, or insert a blank scoresheet from the "Template" tab.',
  emptySheet: (sheet) => `The sheet "${sheet}" is empty. Choose the sheet holding the scoresheet in the "Sheet read" list.`,
  notScoresheet: (sheet) =>
    `No scoresheet found in "${sheet}". A scoresheet needs a column header row (STT, Điểm tối đa, Tự đánh giá…). Choose the right sheet or insert a blank scoresheet.`,
  noHeader: (sheet) =>
    `No column header row found in "${sheet}" (such as STT, Điểm tối đa, Tự đánh giá). Check the column headers in the first 30 rows.`,
  protectedSheet: (sheet) =>
    `The sheet "${sheet}" is protected, so nothing can be written to it. Unprotect it (Review › Unprotect Sheet) and try again.`,
  writeFailed: (what, detail) => `Could not ${what}: ${detail}`,
  readFailed: (detail) => `Could not read the workbook: ${detail}. Close any open dialog in Excel and click "Check" again.`,
  unknownError: 'an unknown error. Try again; if it persists, save the file, then close and reopen Excel.',
  whatFlag: 'flag the sheet',
  whatUnflag: 'clear the flags',
  whatSummary: 'create the summary sheet',
  whatTemplate: 'insert the blank scoresheet',
  whatSelect: 'select the cell',

  officeTimeoutTitle: 'Excel did not answer',
  officeTimeoutBody:
    "The pane could not connect to Excel (Office.js) within 8 seconds. Your office network may block Office's library. Reload the pane, or open the browser checking page and choose an .xlsx file to check.",
  openFileMode: 'Open the .xlsx checking page',
  checkerLink: 'Open the checking page in a new browser window',
  loading: 'Loading…',
  fileModeFailed: 'Could not load the file checking page here. Reload the page, or open the checking page with the link below.',
  dismiss: 'Dismiss',
};
