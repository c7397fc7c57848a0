/**
 * A table of the checking page drawn with plain <table> elements and a handful of classes (no
 * Fluent Table components, whose every cell is a component with its own style hooks): the
 * overview and the season's lists hold a line per file, 200 and more in a season.
 * Native rows and cells keep their table semantics for screen readers.
 */
import type { ReactNode } from 'react';
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
  /** Below this width the table scrolls sideways. */
  minWidth: string;
  children: ReactNode;
}

export function PlainTable({ caption, hint, columns, testId, minWidth, children }: PlainTableProps) {
  const styles = usePlainTableStyles();
  return (
    // Focusable and named: keyboard users can scroll a table wider than the window (axe: scrollable-region-focusable).
    <div className={styles.scroll} role="region" aria-label={caption} tabIndex={0}>
      <table className={styles.table} style={{ minWidth }} data-testid={testId}>
        <caption className={styles.caption}>
          {caption}
          {hint && <span className={styles.hint}>{hint}</span>}
        </caption>
        <thead>
          <tr>
            {columns.map((col, i) => (
              <th key={i} scope="col" className={col.numeric ? `${styles.th} ${styles.thNum}` : styles.th}>
                {col.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
