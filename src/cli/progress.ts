/**
 * A progress bar on standard error while an audit reads its pages — only when standard
 * error is a terminal (never in a pipe, a file or CI logs), redrawn in place with a
 * carriage return and erased when done, so nothing of it stays in the output. The
 * total is unknown while pages load; the bar shows how far back into the window the
 * reading has reached.
 */
import type { Io } from './io.js';

export interface ProgressBar {
  update(progress: { readonly calls: number; readonly items: number; readonly covered: number }): void;
  /** Erases the bar. */
  done(): void;
}

const WIDTH = 24;
/** ESC [ 2 K: erase the whole line. */
const ERASE = '\r\u001b[2K';

export function progressBar(io: Io, label: string): ProgressBar {
  if (!io.stderrIsTTY) return { update: () => {}, done: () => {} };
  let drawn = false;
  return {
    update({ calls, items, covered }) {
      const filled = Math.round(Math.min(1, Math.max(0, covered)) * WIDTH);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}`;
      io.stderr(`${ERASE}${label} ${bar} ${String(Math.round(covered * 100)).padStart(3)} %  ${items} items, ${calls} call${calls === 1 ? '' : 's'}`);
      drawn = true;
    },
    done() {
      if (drawn) io.stderr(ERASE);
      drawn = false;
    },
  };
}
