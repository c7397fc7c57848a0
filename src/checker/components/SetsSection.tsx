/**
 * "Bộ tiêu chí": the sets every check chooses from, with where each comes from; load .json
 * files (validated by the engine: each problem with its place in the file and its item code),
 * build one from a template, remove the ones the user added.
 */
import { useState } from 'react';
import { Button, makeStyles, TableCell, TableRow, tokens } from '@fluentui/react-components';
import type { CriteriaSet } from '../../engine/criteria/schema';
import type { SetProblem } from '../../engine/criteria/set-problem';
import { loadCriteriaSetText } from '../../engine/criteria/validate';
import type { Bilingual } from '../../engine/text/lang';
import { DataTable } from '../../taskpane/components/DataTable';
import { FilePickButton } from '../../taskpane/components/FilePickButton';
import { readFileText } from '../../taskpane/read-file';
import { setKey } from '../../taskpane/components/set-label';
import { inBoth, useCheckerLang } from '../checker-lang';
import { setsStrings, type SetsStrings } from '../sets-strings';
import type { PageSets } from '../use-sets';
import { TemplateImport } from './TemplateImport';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  text: { margin: 0, lineHeight: tokens.lineHeightBase400 },
  list: { margin: 0, paddingLeft: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  bar: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  ok: { margin: 0, color: tokens.colorPaletteGreenForeground1 },
  bad: { margin: 0, color: tokens.colorPaletteRedForeground1 },
  scroll: { overflowX: 'auto' },
});

/** What loading one .json file gave. */
type LoadOutcome =
  | { file: string; kind: 'loaded'; set: CriteriaSet; notKept: Bilingual | null }
  | { file: string; kind: 'invalid'; problems: SetProblem[] }
  | { file: string; kind: 'unreadable' };

export interface SetsSectionProps {
  sets: PageSets;
  /** Something changed about the sets the user should hear about (removal, storage). */
  onNotice: (text: Bilingual, intent: 'success' | 'warning') => void;
  onSaveJson: (set: CriteriaSet) => void;
}

export function SetsSection({ sets, onNotice, onSaveJson }: SetsSectionProps) {
  const { lang } = useCheckerLang();
  const s = setsStrings(lang);
  const styles = useStyles();
  const [outcomes, setOutcomes] = useState<LoadOutcome[]>([]);
  const [building, setBuilding] = useState(false);

  async function load(files: File[]) {
    const out: LoadOutcome[] = [];
    for (const file of files) {
      let text: string;
      try {
        text = await readFileText(file);
      } catch {
        out.push({ file: file.name, kind: 'unreadable' });
        continue;
      }
      const loaded = loadCriteriaSetText(text);
      if (!loaded.ok) out.push({ file: file.name, kind: 'invalid', problems: loaded.problems });
      else out.push({ file: file.name, kind: 'loaded', set: loaded.set, notKept: sets.add(loaded.set) });
    }
    setOutcomes(out);
  }

  return (
    <section className={styles.section} aria-labelledby="sets-heading" data-testid="sets-section">
      <h2 id="sets-heading" className={styles.heading}>
        {s.heading}
      </h2>
      <p className={styles.text}>{s.intro}</p>
      {sets.keptProblems.map((p, i) => (
        <p key={i} className={styles.bad} role="alert">
          {p[lang]}
        </p>
      ))}
      <ul className={styles.list} aria-label={s.listLabel} data-testid="set-list">
        {sets.all.map((set) => {
          const source = sets.sourceOf(set);
          return (
            <li key={setKey(set)} className={styles.item} data-testid="set-item" data-set={setKey(set)} data-source={source}>
              <strong>{set.title}</strong>
              <span className={styles.meta}>{setMeta(set, source, s)}</span>
              {source !== 'bundled' && (
                <Button
                  size="small"
                  appearance="subtle"
                  aria-label={s.remove(set.title)}
                  onClick={() => {
                    const problem = sets.remove(set);
                    onNotice(problem ?? inBoth(setsStrings, (x) => x.removed(set.id, set.version)), problem ? 'warning' : 'success');
                  }}
                >
                  {s.removeShort}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      <div className={styles.bar}>
        <FilePickButton
          label={s.load}
          accept=".json,application/json"
          multiple
          appearance="primary"
          buttonTestId="load-sets"
          inputTestId="sets-input"
          onFiles={(files) => void load(files)}
        />
        <Button onClick={() => setBuilding((b) => !b)} aria-expanded={building} data-testid="build-set">
          {building ? s.closeBuild : s.build}
        </Button>
      </div>
      <div role="status" aria-live="polite" data-testid="set-load-outcome">
        {outcomes.map((o, i) => (
          <div key={`${o.file}-${i}`}>{loadLine(o)}</div>
        ))}
      </div>
      {building && <TemplateImport onSetCreated={(set) => sets.add(set)} onSaveJson={onSaveJson} />}
    </section>
  );

  function loadLine(outcome: LoadOutcome) {
    if (outcome.kind === 'loaded') {
      return (
        <>
          <p className={styles.ok}>✓ {s.loaded(outcome.file, outcome.set.id, outcome.set.version, outcome.set.title)}</p>
          {outcome.notKept && <p className={styles.bad}>{outcome.notKept[lang]}</p>}
        </>
      );
    }
    if (outcome.kind === 'unreadable') return <p className={styles.bad}>{s.unreadable(outcome.file)}</p>;
    return (
      <div data-testid="set-problems" data-file={outcome.file}>
        <p className={styles.bad}>{s.notLoaded(outcome.file, outcome.problems.length)}</p>
        <div className={styles.scroll}>
          <DataTable caption={outcome.file} testId="set-problem-table" columns={[{ label: s.colPlace }, { label: s.colItem }, { label: s.colProblem }]}>
            {outcome.problems.map((p, i) => (
              <TableRow key={i} data-testid="set-problem">
                <TableCell data-col="place">{p.line !== undefined ? s.line(p.line, p.column) : p.path || s.wholeFile}</TableCell>
                <TableCell data-col="item">{p.item ?? '—'}</TableCell>
                <TableCell data-col="message">{p.message[lang]}</TableCell>
              </TableRow>
            ))}
          </DataTable>
        </div>
      </div>
    );
  }
}

function setMeta(set: CriteriaSet, source: 'bundled' | 'kept' | 'session', s: SetsStrings): string {
  const parts = [`${set.id} (${set.version})`, s.levelYear(set.unitLevel, set.year), s.source[source]];
  if (set.illustrative) parts.push(s.illustrative);
  if (set.draft) parts.push(s.draft);
  return parts.join(' · ');
}
