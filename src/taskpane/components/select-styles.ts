/**
 * Native selects size themselves to their longest option (a set's full title): without these
 * rules the lists push the narrow task pane into horizontal scrolling.
 */
import { makeStyles } from '@fluentui/react-components';

export const useFitStyles = makeStyles({
  field: { minWidth: 0, maxWidth: '100%' },
  root: { minWidth: 0, maxWidth: '100%', width: '100%' },
  select: { minWidth: 0, maxWidth: '100%', textOverflow: 'ellipsis' },
});
