/**
 * A button that opens the file picker, with the file input itself hidden (the button is the
 * keyboard way in). One home for every "choose a file" of the pane and of the checking page
 * (which builds on the pane's components), so each clears the input after a choice the same way.
 */
import { useRef } from 'react';
import { Button, makeStyles, type ButtonProps } from '@fluentui/react-components';

const useStyles = makeStyles({ input: { display: 'none' } });

export interface FilePickButtonProps {
  /** The button's text, also the hidden input's accessible name. */
  label: string;
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  appearance?: ButtonProps['appearance'];
  buttonTestId?: string;
  inputTestId?: string;
  /** The files chosen (one at most unless `multiple`). */
  onFiles: (files: File[]) => void;
}

export function FilePickButton({ label, accept, multiple, disabled, appearance, buttonTestId, inputTestId, onFiles }: FilePickButtonProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button appearance={appearance} onClick={() => input.current?.click()} disabled={disabled} data-testid={buttonTestId}>
        {label}
      </Button>
      <input
        ref={input}
        className={styles.input}
        type="file"
        multiple={multiple}
        accept={accept}
        aria-label={label}
        data-testid={inputTestId}
        onChange={(e) => {
          onFiles(Array.from(e.target.files ?? []));
          e.target.value = ''; // choosing the same file again (after fixing it) must read it again
        }}
      />
    </>
  );
}
