/**
 * A table of the checking page drawn with plain <table> elements and a handful of classes (no
 * Fluent Table components, whose every cell is a component with its own style hooks): the
 * overview and the season's lists hold a line per file, 200 and more in a season.
 * Native rows and cells keep their table semantics for screen readers.
 */
import { useId, type ReactNode } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';

export const usePlainTableStyles = makeStyles({
  // Wide tables scroll sideways on a phone or in the task pane rather than squash.
  scroll: { overflowX: 'auto' },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase300 },
  caption: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalS} 0` },
  hint: { display: 'block', fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  th: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    verticalAlign: 'bottom',
  },
  thNum: { textAlign: 'right' },
  td: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, verticalAlign: 'top' },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  /**
   * Narrow windows (a phone, 350 px): each line becomes a small block, each cell a line led by its
   * column's name (data-label). The explicit ARIA roles keep it a table for screen readers.
   */
  stacked: {
    '@media (max-width: 640px)': {
      minWidth: '0 !important',
      '& thead': { display: 'none' },
      '& tbody, & tr, & td': { display: 'block' },
      '& tr': { borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, padding: `${tokens.spacingVerticalS} 0` },
      '& td': { borderBottom: 'none', textAlign: 'left', whiteSpace: 'normal', padding: `1px ${tokens.spacingHorizontalXS}` },
      '& td[data-label]::before': { content: 'attr(data-label) ": "', fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
      '& td:empty': { display: 'none' },
    },
  },
});

export type PlainTableStyles = ReturnType<typeof usePlainTableStyles>;

export interface PlainColumn {
  label: string;
  /** A column of figures: right-aligned under a right-aligned heading. */
  numeric?: boolean;
}

export interface PlainTableProps {
  caption: string;
  /** A line under the caption (how the table is ordered, what to click). */
  hint?: string;
  columns: PlainColumn[];
  testId: string;
  /** Below this width the table scrolls sideways (unless stacked). */
  minWidth: string;
  /** On a narrow window, lines become blocks of labelled cells (the cells carry data-label). */
  stacked?: boolean;
  children: ReactNode;
}

export function PlainTable({ caption, hint, columns, testId, minWidth, stacked, children }: PlainTableProps) {
  const styles = usePlainTableStyles();
  const id = useId();
  // The caption sits above the scroller (inside it, it would scroll out of sight on a phone).
  return (
    <div>
      <div id={`${id}-caption`} className={styles.caption}>
        {caption}
        {hint && <span className={styles.hint}>{hint}</span>}
      </div>
      {/* Focusable and named: keyboard users can scroll a table wider than the window (axe: scrollable-region-focusable). */}
      <div className={styles.scroll} role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table
          role="table"
          className={stacked ? `${styles.table} ${styles.stacked}` : styles.table}
          style={{ minWidth }}
          aria-labelledby={`${id}-caption`}
          data-testid={testId}
        >
          <thead role="rowgroup">
            <tr role="row">
              {columns.map((col, i) => (
                <th key={i} scope="col" role="columnheader" className={col.numeric ? `${styles.th} ${styles.thNum}` : styles.th}>
                  {col.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody role="rowgroup">{children}</tbody>
        </table>
      </div>
    </div>
  );
}
