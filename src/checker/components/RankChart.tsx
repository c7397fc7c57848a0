/**
 * The ranking of one block as a horizontal bar chart of indices (0–100 %), so an appraiser sees
 * the spread at a glance. Plain SVG (no chart library): an image with a title and a description
 * for screen readers, and every bar labelled in text with its rank, unit and index in the page's
 * number format — nothing is said by colour alone. The table below it holds the same figures.
 */
import { useId } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { formatNumber } from '../../engine/text/format';
import type { Lang } from '../../engine/text/lang';

export interface ChartBar {
  rank: number;
  unit: string;
  /** Index in %, as ranked (2 decimals). */
  index: number;
}

const useStyles = makeStyles({
  // Below ~480 px the labels would shrink past reading: scroll sideways instead (pane file mode).
  scroll: { overflowX: 'auto' },
  svg: { width: '100%', minWidth: '480px', height: 'auto', display: 'block' },
});

const W = 800;
const LABEL_W = 300;
const VALUE_W = 70;
const BAR_H = 22;
const GAP = 8;
const TOP = 28;
const MAX_LABEL = 42;

export function RankChart({ bars, title, description, lang }: { bars: ChartBar[]; title: string; description: string; lang: Lang }) {
  const styles = useStyles();
  const id = useId();
  const plotW = W - LABEL_W - VALUE_W;
  const height = TOP + bars.length * (BAR_H + GAP) + 4;
  const x = (pct: number) => LABEL_W + (Math.max(0, Math.min(100, pct)) / 100) * plotW;
  const n = (v: number) => formatNumber(v, lang, 2);
  return (
    // Focusable and named so keyboard users can scroll it sideways on a narrow screen (axe: scrollable-region-focusable).
    <div className={styles.scroll} role="region" aria-label={title} tabIndex={0}>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${W} ${height}`}
        role="img"
        aria-labelledby={`${id}-t ${id}-d`}
        data-testid="rank-chart"
        fontFamily="inherit"
      >
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{description}</desc>
        {[0, 25, 50, 75, 100].map((tick) => (
          <g key={tick} aria-hidden="true">
            <line x1={x(tick)} x2={x(tick)} y1={TOP - 6} y2={height - 4} style={{ stroke: tokens.colorNeutralStroke2 }} strokeDasharray={tick ? '3 3' : undefined} />
            <text x={x(tick)} y={TOP - 10} fontSize="12" textAnchor="middle" style={{ fill: tokens.colorNeutralForeground2 }}>
              {`${formatNumber(tick, lang, 0)} %`}
            </text>
          </g>
        ))}
        {bars.map((b, i) => {
          const y = TOP + i * (BAR_H + GAP);
          const label = `${b.rank}. ${b.unit}`;
          const shown = label.length > MAX_LABEL ? label.slice(0, MAX_LABEL - 1) + '…' : label;
          return (
            <g key={`${b.rank}-${b.unit}-${i}`} data-testid="chart-bar" data-unit={b.unit}>
              <title>{`${label}: ${n(b.index)} %`}</title>
              <text x={LABEL_W - 8} y={y + BAR_H / 2 + 4} fontSize="13" textAnchor="end" style={{ fill: tokens.colorNeutralForeground1 }}>
                {shown}
              </text>
              <rect x={LABEL_W} y={y} width={Math.max(1, x(b.index) - LABEL_W)} height={BAR_H} rx="2" style={{ fill: tokens.colorBrandBackground }} />
              <text x={x(b.index) + 6} y={y + BAR_H / 2 + 4} fontSize="13" fontWeight="600" style={{ fill: tokens.colorNeutralForeground1 }} data-testid="chart-value">
                {n(b.index)}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
