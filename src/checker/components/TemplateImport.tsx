/**
 * "Tạo bộ tiêu chí từ biểu mẫu" on the page: open a province's template (.xlsx) in the browser,
 * pick its sheet (the scoresheet-looking one by default) and build the set with the same form and
 * engine import the pane uses (ImportSetPanel, src/engine/import). What could not be read is
 * listed by the form; the set is used at once and offered as a .json download.
 */
import { useState } from 'react';
import { Field, makeStyles, Select, Spinner, tokens } from '@fluentui/react-components';
import type { CriteriaSet } from '../../engine/criteria/schema';
import type { Bilingual } from '../../engine/text/lang';
import { pickScoresheet } from '../../engine/layout/find-scoresheet';
import type { FileWorkbook } from '../../file/file-workbook';
import { openWorkbook } from '../../file/open-workbook';
import { FilePickButton } from '../../taskpane/components/FilePickButton';
import { ImportSetPanel } from '../../taskpane/components/ImportSetPanel';
import { useCheckerLang } from '../checker-lang';
import { readFileBytes } from '../../taskpane/read-file';
import { setsStrings } from '../sets-strings';
import { XLSX_ACCEPT } from './DropZone';

const useStyles = makeStyles({
  box: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, margin: 0 },
  problem: { color: tokens.colorPaletteRedForeground1, margin: 0 },
});

type Template = { file: string; workbook: FileWorkbook; sheets: string[]; sheet: string };

export interface TemplateImportProps {
  onSetCreated: (set: CriteriaSet) => Bilingual | null;
  onSaveJson: (set: CriteriaSet) => void;
}

export function TemplateImport({ onSetCreated, onSaveJson }: TemplateImportProps) {
  const { lang } = useCheckerLang();
  const s = setsStrings(lang);
  const styles = useStyles();
  const [reading, setReading] = useState(false);
  const [problem, setProblem] = useState<Bilingual | null>(null);
  const [template, setTemplate] = useState<Template | null>(null);

  async function open(file: File | undefined) {
    if (!file) return;
    setReading(true);
    setProblem(null);
    setTemplate(null);
    try {
      const opened = await openWorkbook(await readFileBytes(file));
      if (!opened.ok) {
        setProblem({ vi: s.templateOpenFailed(file.name, opened.problem.vi), en: s.templateOpenFailed(file.name, opened.problem.en) });
        return;
      }
      const sheets = (await opened.workbook.listSheets()).filter((x) => x.visible).map((x) => x.name);
      const previews = await Promise.all(sheets.map((name) => opened.workbook.readGrid(name, { maxRows: 60 })));
      const picked = pickScoresheet(previews)?.sheetName ?? sheets[0] ?? '';
      setTemplate({ file: file.name, workbook: opened.workbook, sheets, sheet: picked });
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      setProblem({ vi: s.templateOpenFailed(file.name, why), en: s.templateOpenFailed(file.name, why) });
    } finally {
      setReading(false);
    }
  }

  return (
    <section className={styles.box} aria-label={s.build} data-testid="template-import">
      <p className={styles.hint}>{s.templateHint}</p>
      <div>
        <FilePickButton
          label={s.templatePick}
          accept={XLSX_ACCEPT}
          disabled={reading}
          buttonTestId="template-pick"
          inputTestId="template-input"
          onFiles={([f]) => void open(f)}
        />
      </div>
      {reading && <Spinner size="small" labelPosition="after" label={s.templateReading} />}
      {problem && (
        <p className={styles.problem} role="alert">
          {problem[lang]}
        </p>
      )}
      {template && (
        <>
          <p className={styles.hint}>{s.templateFile(template.file)}</p>
          {template.sheets.length > 1 && (
            <Field label={s.templateSheet}>
              <Select value={template.sheet} onChange={(_, d) => setTemplate({ ...template, sheet: d.value })} data-testid="template-sheet">
                {template.sheets.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <ImportSetPanel
            key={`${template.file}\u0000${template.sheet}`}
            port={template.workbook}
            sheetName={template.sheet}
            lang={lang}
            mode="page"
            onSetCreated={onSetCreated}
            onSaveJson={onSaveJson}
          />
        </>
      )}
    </section>
  );
}
