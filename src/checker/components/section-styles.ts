/**
 * The look of the page's table sections (survey table, exemptions table): a heading, a short
 * intro, a bar of buttons and the lists of what the table gave. One home so the sections
 * that sit one under the other on the page look the same.
 */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useSectionStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  text: { margin: 0, lineHeight: tokens.lineHeightBase400 },
  muted: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  bad: { margin: 0, color: tokens.colorPaletteRedForeground1 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  bar: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});
