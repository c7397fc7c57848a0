/**
 * A small table of figures with its caption and header row: the pane's scores and appraisal
 * tables and the checking page's overview. Figures sit right-aligned in tabular digits and never
 * wrap; text columns take what is left of the width.
 */
import type { ReactNode } from 'react';
import {
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
  type TableCellProps,
} from '@fluentui/react-components';

const useStyles = makeStyles({
  caption: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalS} 0` },
  // Numbers never wrap; the text columns take what is left of the narrow pane.
  table: { tableLayout: 'auto' },
  head: { textAlign: 'right', paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  // The header cell's inner box is a flex row: a heading on one line sits at its end too, over the figures.
  headBox: { justifyContent: 'flex-end' },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
});

export interface DataColumn {
  label: string;
  /** A column of figures: its heading is right-aligned over them. */
  numeric?: boolean;
}

export interface DataTableProps {
  /** Shown above the table and read as its name. */
  caption: string;
  columns: DataColumn[];
  testId: string;
  className?: string;
  /** The body rows; or, with `groups`, the row groups (a `TableBody` each). */
  children: ReactNode;
  /** The children are row groups of their own (one `<tbody>` each, e.g. a title row over its figures). */
  groups?: boolean;
}

export function DataTable({ caption, columns, testId, className, children, groups = false }: DataTableProps) {
  const styles = useStyles();
  return (
    <Table size="small" className={mergeClasses(styles.table, className)} aria-label={caption} data-testid={testId}>
      <caption className={styles.caption}>{caption}</caption>
      <TableHeader>
        <TableRow>
          {columns.map((col, i) => (
            <TableHeaderCell key={i} scope="col" className={col.numeric ? styles.head : undefined} button={col.numeric ? { className: styles.headBox } : undefined}>
              {col.label}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      {groups ? children : <TableBody>{children}</TableBody>}
    </Table>
  );
}

/** A cell holding a figure. */
export function NumCell({ className, ...props }: TableCellProps) {
  const styles = useStyles();
  return <TableCell {...props} className={mergeClasses(styles.num, className)} />;
}
