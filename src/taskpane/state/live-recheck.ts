/**
 * When to re-check after the user edits the checked sheet. The ONE debounce between an edit and
 * its re-check (the Excel adapter forwards each edit at once), and one re-check at a time:
 *  - edits within `delayMs` of each other give one re-check, `delayMs` after the last of them;
 *  - an edit while a re-check runs is not lost: another re-check follows as soon as that one ends
 *    (the running one may have read the sheet before the edit), so the latest edit always ends
 *    checked; several such edits still give only one more.
 * Plain code (no React), tested with fake timers in test/taskpane/live-recheck.test.ts.
 */

/** Edit → re-check start, in ms. With 1 Excel round trip (~50 ms) and the engine's 1.5 ms at 300 rows, scores are updated within 300 ms. */
export const RECHECK_DELAY_MS = 200;

export class LiveRecheck {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running = false;
  /** An edit's wait ended while a re-check was running: run again when it ends. */
  private again = false;

  constructor(
    private readonly recheck: () => Promise<void>,
    private readonly delayMs = RECHECK_DELAY_MS,
  ) {}

  /** The user edited the sheet. */
  edit(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.start();
    }, this.delayMs);
  }

  /** Drop what is waiting (the user checked by hand, and that check reads the edits too; or the pane closes). */
  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.again = false;
  }

  private start(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    this.again = false;
    // The recheck reports its own errors; a rejection must not stop later re-checks.
    void this.recheck()
      .catch(() => undefined)
      .then(() => {
        this.running = false;
        if (this.again) this.start();
      });
  }
}
