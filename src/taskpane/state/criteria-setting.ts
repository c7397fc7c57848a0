/** The workbook setting that keeps a criteria set with the workbook (written by the "Bộ tiêu chí" tab, read before each check). */
export const CRITERIA_SET_SETTING = 'par-check.criteriaSet';
