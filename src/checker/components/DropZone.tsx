/**
 * Where files come in: a drop area with a button that opens the file picker (the input itself is
 * hidden; the button is the keyboard way in). Several files at once, from the picker or a drop.
 */
import { useState, type DragEvent } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { FilePickButton } from '../../taskpane/components/FilePickButton';
import { useCheckerLang } from '../checker-lang';

const useStyles = makeStyles({
  zone: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingVerticalXXL,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'center',
    gap: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  active: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
});

export const XLSX_ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function DropZone({ onFiles }: { onFiles: (files: File[]) => void }) {
  const { c } = useCheckerLang();
  const styles = useStyles();
  const [over, setOver] = useState(false);

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    onFiles(Array.from(e.dataTransfer?.files ?? []));
  };

  return (
    <div
      role="region"
      aria-label={c.dropLabel}
      className={over ? `${styles.zone} ${styles.active}` : styles.zone}
      data-testid="drop-zone"
      onDragOver={(e) => {
        e.preventDefault(); // without this the browser opens the dropped file instead
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <span>{c.dropHint}</span>
      <FilePickButton label={c.pick} accept={XLSX_ACCEPT} multiple appearance="primary" inputTestId="file-input" onFiles={onFiles} />
    </div>
  );
}
