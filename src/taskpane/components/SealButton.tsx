/**
 * "Chốt số liệu": seals the checked scoresheet's figures (engine/seal) into a very hidden sheet
 * of the open workbook, through the port, and shows the seal code for the cover letter. Verify
 * later with `par-check verify <file> --code <code>` or on the checking page. Self-contained:
 * its own words in both languages, so it can sit in any menu of the pane or the page.
 */
import { useState } from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { CheckResult } from '../../engine/check-result';
import type { Lang } from '../../engine/text/lang';
import { sealContent } from '../../engine/seal/seal-content';
import { makeSeal, sealSheetSpec, type SealRecord } from '../../engine/seal/seal-record';
import { shownTime } from '../../engine/seal/verify-text';
import type { WorkbookPort } from '../../workbook/port';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalS },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase500, letterSpacing: '0.08em' },
});

const words = {
  vi: {
    button: 'Chốt số liệu',
    busy: 'Đang chốt…',
    hint: 'Chốt số liệu trước khi gửi: lưu dấu chốt (mã băm SHA-256 của điểm, tài liệu kiểm chứng và ghi chú) vào một sheet ẩn của sổ này. Sau khi chốt, sửa điểm hay tài liệu kiểm chứng sẽ bị phát hiện.',
    done: 'Đã chốt số liệu',
    code: (code: string, when: string) => `Mã chốt: ${code} (lúc ${when}). Đề nghị ghi mã này vào công văn gửi kèm, rồi lưu sổ (Ctrl+S) trước khi gửi.`,
    failed: (why: string) => `Không chốt được: ${why}. Hãy kiểm tra lại biểu rồi thử lại.`,
    noSet: 'Biểu chưa khớp bộ tiêu chí nào: chọn bộ tiêu chí rồi kiểm tra lại trước khi chốt.',
  },
  en: {
    button: 'Seal the figures',
    busy: 'Sealing…',
    hint: 'Seal the figures before sending: a seal (SHA-256 of the scores, evidence and notes) is kept in a hidden sheet of this workbook. Any later change to a score or evidence is then detected.',
    done: 'Figures sealed',
    code: (code: string, when: string) => `Seal code: ${code} (at ${when}). Quote it in the cover letter, then save the workbook (Ctrl+S) before sending.`,
    failed: (why: string) => `Could not seal: ${why}. Check the sheet and try again.`,
    noSet: 'The sheet matches no criteria set: choose a set and check again before sealing.',
  },
};

export interface SealButtonProps {
  port: WorkbookPort;
  /** The checked scoresheet (null before a check). */
  result: CheckResult | null;
  lang: Lang;
  disabled?: boolean;
  /** The clock (tests pass a fixed one). */
  now?: () => Date;
}

export function SealButton({ port, result, lang, disabled, now = () => new Date() }: SealButtonProps) {
  const styles = useStyles();
  const w = words[lang];
  const [busy, setBusy] = useState(false);
  const [sealed, setSealed] = useState<SealRecord | null>(null);
  const [error, setError] = useState<string | null>(null);
  const canSeal = !!result?.parsed && !disabled && !busy;

  const seal = async () => {
    if (!result?.parsed) return;
    setError(null);
    if (!result.set) {
      setError(w.noSet);
      return;
    }
    setBusy(true);
    try {
      const record = makeSeal(sealContent([result]), now());
      await port.writeSheet(sealSheetSpec(record), { replace: true, activate: false });
      setSealed(record);
    } catch (e) {
      setError(w.failed(e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.box} data-testid="seal">
      <Button appearance="secondary" disabled={!canSeal} onClick={() => void seal()} title={w.hint} data-testid="seal-button">
        {busy ? w.busy : w.button}
      </Button>
      {sealed && (
        <MessageBar intent="success" layout="multiline" data-testid="seal-done">
          <MessageBarBody>
            <MessageBarTitle>{w.done}</MessageBarTitle>
            <span className={styles.code} data-testid="seal-code">{sealed.code}</span>
            <div>{w.code(sealed.code, shownTime(sealed.sealedAt))}</div>
          </MessageBarBody>
        </MessageBar>
      )}
      {error && (
        <MessageBar intent="error" layout="multiline" data-testid="seal-error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
