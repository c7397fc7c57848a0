/**
 * "Bộ tiêu chí" tab, issue 5: create a criteria set from the open sheet (a province's official
 * template) or load one from a .json file, and keep it in the workbook settings so the next
 * check uses it. All reading and checking is the engine's; this file only asks and shows.
 */
import { useState } from 'react';
import { Button, Checkbox, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, WarningRegular } from '@fluentui/react-icons';
import type { CriteriaSet, UnitLevel } from '../../engine/criteria/schema';
import { loadCriteriaSetText } from '../../engine/criteria/validate';
import type { Bilingual, Lang } from '../../engine/text/lang';
import { buildSetFromSheet } from '../../engine/import/build-set';
import { importReportSections, setProblemLines, type ReportSection } from '../../engine/import/report-text';
import { readSheet } from '../../engine/layout/read-sheet';
import type { WorkbookPort } from '../../workbook/port';

import { CRITERIA_SET_SETTING } from '../state/criteria-setting';
import { readFileText } from '../read-file';
import { FilePickButton } from './FilePickButton';

export { CRITERIA_SET_SETTING };

export interface ImportSetPanelProps {
  port: WorkbookPort;
  sheetName: string;
  lang: Lang;
  /** Use the new set; may return why it could not be kept for later (said after the outcome). */
  onSetCreated: (set: CriteriaSet) => Bilingual | null | void;
  /**
   * 'pane' (default): the open sheet, the set kept in the workbook's settings, plus loading a .json.
   * 'page': the checking page's template file; the page keeps the set in the browser, offers it
   * as a .json download (onSaveJson) and loads .json files in its own section.
   */
  mode?: 'pane' | 'page';
  onSaveJson?: (set: CriteriaSet) => void;
  /** The pane: which part comes first ('load' when the user asked to load a file). */
  start?: 'create' | 'load';
}

const LEVELS: UnitLevel[] = ['department', 'district', 'commune', 'province', 'ministry', 'other'];

const strings = {
  vi: {
    createHeading: 'Tạo bộ tiêu chí từ bảng này',
    createIntro: (s: string) =>
      `Đọc mã, tên, điểm tối đa và cách tính điểm của từng tiêu chí trên sheet "${s}" (biểu mẫu chính thức của tỉnh) để tạo bộ tiêu chí mới.`,
    id: 'Mã bộ tiêu chí (ví dụ: ha-nam-so-2025)',
    year: 'Năm đánh giá',
    level: 'Cấp đơn vị',
    levels: {
      province: 'Tỉnh, thành phố',
      ministry: 'Bộ, ngành',
      department: 'Sở, ban, ngành',
      district: 'Huyện, thị xã, thành phố thuộc tỉnh',
      commune: 'Xã, phường, thị trấn',
      other: 'Khác',
    } as Record<UnitLevel, string>,
    version: 'Phiên bản (không bắt buộc)',
    title: 'Tên bộ tiêu chí (không bắt buộc; mặc định lấy dòng tiêu đề của biểu)',
    force: 'Vẫn lưu khi còn lỗi (đánh dấu bản nháp)',
    create: 'Tạo bộ tiêu chí từ bảng này',
    working: 'Đang đọc…',
    badId: 'Mã bộ tiêu chí chỉ gồm chữ thường không dấu a-z, số 0-9 và dấu "-". Sửa ô Mã rồi bấm lại.',
    badYear: 'Năm đánh giá phải là số có 4 chữ số, ví dụ 2025. Sửa ô Năm rồi bấm lại.',
    noHeader: (s: string) =>
      `Không tìm thấy dòng tiêu đề cột trên sheet "${s}" (STT, Tiêu chí, Điểm tối đa…). Mở đúng sheet biểu mẫu rồi bấm lại.`,
    readFailed: (d: string) => `Không đọc được sheet (${d}). Thử lại; nếu vẫn lỗi, lưu sổ tính rồi mở lại.`,
    refused: 'Chưa lưu bộ tiêu chí: sửa các lỗi trên trong biểu mẫu rồi bấm lại, hoặc đánh dấu "Vẫn lưu khi còn lỗi".',
    saved: (id: string, v: string) => `Đã lưu bộ tiêu chí ${id} (${v}) vào sổ tính; lần kiểm tra tới sẽ dùng bộ này.`,
    savedDraft: (id: string, v: string) =>
      `Đã lưu bản nháp bộ tiêu chí ${id} (${v}) dù còn lỗi; sửa các lỗi trước khi chấm điểm chính thức.`,
    noSettings: 'Phiên bản Excel này không lưu được cài đặt vào sổ tính: bộ tiêu chí chỉ dùng trong lần mở này.',
    loadHeading: 'Nạp bộ tiêu chí từ tệp .json',
    loadIntro:
      'Chọn tệp .json theo định dạng par-criteria/1 (ví dụ tệp bộ tiêu chí do Sở Nội vụ gửi, hoặc tệp đã lưu từ trang kiểm tra trên trình duyệt).',
    file: 'Tệp bộ tiêu chí (.json)',
    fileProblems: (n: number) => `Tệp có ${n} lỗi nên chưa được nạp. Sửa trong tệp rồi chọn lại:`,
    fileUnreadable: 'Không đọc được tệp đã chọn. Chọn lại tệp .json.',
    pageHeading: 'Tạo bộ tiêu chí từ biểu mẫu',
    pageIntro: (s: string) =>
      `Đọc mã, tên, điểm tối đa và cách tính điểm của từng tiêu chí trên sheet "${s}" của biểu mẫu để tạo bộ tiêu chí mới.`,
    pageCreate: 'Tạo bộ tiêu chí',
    pageSaved: (id: string, v: string) =>
      `Đã tạo bộ tiêu chí ${id} (${v}) và lưu trên trình duyệt này; các tệp đã chọn được kiểm tra lại theo bộ tiêu chí mới. Nên tải tệp .json để lưu trữ hoặc gửi cho đơn vị khác.`,
    pageSavedDraft: (id: string, v: string) =>
      `Đã tạo bản nháp bộ tiêu chí ${id} (${v}) dù còn lỗi và dùng ngay; sửa các lỗi trước khi chấm điểm chính thức.`,
    saveJson: (name: string) => `Tải tệp ${name}`,
  },
  en: {
    createHeading: 'Create a criteria set from this sheet',
    createIntro: (s: string) =>
      `Reads the code, title, max and scoring text of every item on sheet "${s}" (the province's official template) to create a new criteria set.`,
    id: 'Set id (e.g. ha-nam-so-2025)',
    year: 'Assessment year',
    level: 'Unit level',
    levels: {
      province: 'Province',
      ministry: 'Ministry',
      department: 'Department',
      district: 'District',
      commune: 'Commune',
      other: 'Other',
    } as Record<UnitLevel, string>,
    version: 'Version (optional)',
    title: "Title (optional; default: the sheet's title line)",
    force: 'Keep it even with problems (as a draft)',
    create: 'Create a criteria set from this sheet',
    working: 'Reading…',
    badId: 'The set id uses only lower-case a-z, 0-9 and "-". Correct the id and try again.',
    badYear: 'The assessment year is 4 digits, e.g. 2025. Correct the year and try again.',
    noHeader: (s: string) =>
      `No header row (STT, Tiêu chí, Điểm tối đa…) was found on sheet "${s}". Open the template sheet and try again.`,
    readFailed: (d: string) => `The sheet could not be read (${d}). Try again; if it persists, save and reopen the workbook.`,
    refused: 'The set was not saved: fix the problems above in the template and try again, or tick "Keep it even with problems".',
    saved: (id: string, v: string) => `Set ${id} (${v}) was saved in the workbook; the next check uses it.`,
    savedDraft: (id: string, v: string) => `Draft set ${id} (${v}) was saved despite its problems; fix them before official scoring.`,
    noSettings: 'This Excel cannot keep settings in the workbook: the set is used only until the workbook is closed.',
    loadHeading: 'Load a criteria set from a .json file',
    loadIntro:
      'Choose a .json file in the par-criteria/1 format (e.g. the set file sent by the Home Affairs department, or one saved from the browser checking page).',
    file: 'Criteria set file (.json)',
    fileProblems: (n: number) => `The file has ${n} problem(s) and was not loaded. Fix them in the file and choose it again:`,
    fileUnreadable: 'The chosen file could not be read. Choose the .json file again.',
    pageHeading: 'Build a set from a template',
    pageIntro: (s: string) =>
      `Reads the code, title, max and scoring text of every item on sheet "${s}" of the template to build a new criteria set.`,
    pageCreate: 'Build the criteria set',
    pageSaved: (id: string, v: string) =>
      `Set ${id} (${v}) was built and kept in this browser; the files chosen are checked again against it. Download the .json to archive it or send it to others.`,
    pageSavedDraft: (id: string, v: string) =>
      `Draft set ${id} (${v}) was built despite its problems and is used now; fix them before official scoring.`,
    saveJson: (name: string) => `Download ${name}`,
  },
};

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalL },
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
  outcome: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  icon: { flexShrink: 0, marginTop: '2px', fontSize: '16px' },
  column: { display: 'flex', flexDirection: 'column' },
});

/** What the last action said: a sentence and, for an import, the report's sections. */
interface Outcome {
  tone: 'ok' | 'problem';
  text: string;
  sections?: ReportSection[];
}

export function ImportSetPanel({ port, sheetName, lang, onSetCreated, mode = 'pane', onSaveJson, start = 'create' }: ImportSetPanelProps) {
  const t = strings[lang];
  const onPage = mode === 'page';
  const [made, setMade] = useState<CriteriaSet | null>(null);
  const styles = useStyles();
  const [id, setId] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [level, setLevel] = useState<UnitLevel>('department');
  const [version, setVersion] = useState('');
  const [title, setTitle] = useState('');
  const [force, setForce] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  /** Keep the set with the workbook (when the host can), then hand it to the pane. */
  async function keep(set: CriteriaSet, message: string) {
    let text = message;
    if (!onPage) {
      if (port.setSetting) await port.setSetting(CRITERIA_SET_SETTING, JSON.stringify(set));
      else text += ' ' + t.noSettings;
    }
    const notKept = onSetCreated(set);
    if (notKept) text += ' ' + notKept[lang];
    return text;
  }

  async function createFromSheet() {
    if (!/^[a-z0-9-]+$/.test(id.trim())) return setOutcome({ tone: 'problem', text: t.badId });
    if (!/^\d{4}$/.test(year.trim())) return setOutcome({ tone: 'problem', text: t.badYear });
    setBusy(true);
    setOutcome(null);
    setMade(null);
    try {
      const parsed = readSheet(await port.readGrid(sheetName));
      if (!parsed) return setOutcome({ tone: 'problem', text: t.noHeader(sheetName) });
      const { set, report } = buildSetFromSheet(parsed, {
        id: id.trim(),
        year: Number(year.trim()),
        unitLevel: level,
        ...(version.trim() ? { version: version.trim() } : {}),
        ...(title.trim() ? { title: title.trim() } : {}),
        force,
      });
      const sections = importReportSections(report, lang, { outcome: false });
      if (!report.ok) return setOutcome({ tone: 'problem', text: t.refused, sections });
      const said = onPage
        ? report.draft
          ? t.pageSavedDraft(set.id, set.version)
          : t.pageSaved(set.id, set.version)
        : report.draft
          ? t.savedDraft(set.id, set.version)
          : t.saved(set.id, set.version);
      setOutcome({ tone: report.draft ? 'problem' : 'ok', text: await keep(set, said), sections });
      setMade(set);
    } catch (e) {
      setOutcome({ tone: 'problem', text: t.readFailed(e instanceof Error ? e.message : String(e)) });
    } finally {
      setBusy(false);
    }
  }

  async function loadFile(file: File | undefined) {
    if (!file) return;
    setOutcome(null);
    let text: string;
    try {
      text = await readFileText(file);
    } catch {
      return setOutcome({ tone: 'problem', text: t.fileUnreadable });
    }
    const result = loadCriteriaSetText(text);
    if (!result.ok) {
      const lines = setProblemLines(result.problems, lang);
      return setOutcome({ tone: 'problem', text: t.fileProblems(lines.length), sections: [{ heading: file.name, lines }] });
    }
    setOutcome({ tone: 'ok', text: await keep(result.set, t.saved(result.set.id, result.set.version)) });
  }

  const createForm = (
    <form
      className={styles.form}
      aria-label={onPage ? t.pageHeading : t.createHeading}
      onSubmit={(e) => {
        e.preventDefault();
        void createFromSheet();
      }}
    >
      <h3>{onPage ? t.pageHeading : t.createHeading}</h3>
      <p>{onPage ? t.pageIntro(sheetName) : t.createIntro(sheetName)}</p>
      <Field label={t.id} required>
        <Input value={id} onChange={(_, d) => setId(d.value)} />
      </Field>
      <Field label={t.year} required>
        <Input value={year} inputMode="numeric" onChange={(_, d) => setYear(d.value)} />
      </Field>
      <Field label={t.level} required>
        <Select value={level} onChange={(_, d) => setLevel(d.value as UnitLevel)}>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {t.levels[l]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.version}>
        <Input value={version} onChange={(_, d) => setVersion(d.value)} />
      </Field>
      <Field label={t.title}>
        <Input value={title} onChange={(_, d) => setTitle(d.value)} />
      </Field>
      <Checkbox checked={force} label={t.force} onChange={(_, d) => setForce(d.checked === true)} />
      <Button appearance="primary" type="submit" disabled={busy} data-testid="import-create">
        {busy ? t.working : onPage ? t.pageCreate : t.create}
      </Button>
    </form>
  );
  const loadSection = !onPage && (
    <section aria-label={t.loadHeading} className={styles.form}>
      <h3>{t.loadHeading}</h3>
      <p>{t.loadIntro}</p>
      <FilePickButton
        label={t.file}
        accept=".json,application/json"
        appearance={start === 'load' ? 'primary' : undefined}
        buttonTestId="import-load"
        inputTestId="import-load-input"
        onFiles={(files) => void loadFile(files[0])}
      />
    </section>
  );

  return (
    <div className={styles.column}>
      {start === 'load' ? loadSection : createForm}
      <div role="status" aria-live="polite" data-testid="import-outcome">
        {outcome && (
          <div>
            <p className={styles.outcome}>
              {outcome.tone === 'ok' ? <CheckmarkCircleRegular className={styles.icon} aria-hidden /> : <WarningRegular className={styles.icon} aria-hidden />}
              <span>{outcome.text}</span>
            </p>
            {outcome.sections?.map((s) => (
              <div key={s.heading}>
                <p>{s.heading}</p>
                <ul className={styles.list}>
                  {s.lines.map((l, i) => (
                    <li key={i}>{l}</li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        )}
      </div>
      {start === 'load' ? createForm : loadSection}
      {made && onSaveJson && (
        <Button onClick={() => onSaveJson(made)} data-testid="import-save-json">
          {t.saveJson(setFileName(made))}
        </Button>
      )}
    </div>
  );
}

/** "ha-nam-so-2025" version "2025.1" → "ha-nam-so-2025-2025.1.json". */
export function setFileName(set: Pick<CriteriaSet, 'id' | 'version'>): string {
  return `${set.id}-${set.version}.json`.replace(/[^A-Za-z0-9._-]/g, '-');
}
