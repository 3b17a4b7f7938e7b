/**
 * Progress of a sweep on stderr: acts and articles done, and the time left, estimated from the
 * bytes of the acts done (acts differ a hundredfold in size; their count would mislead).
 * On a terminal the line redraws itself; elsewhere (a log) one line per act.
 */
export interface ProgressOptions {
  acts: number;
  bytes: number;
  write(text: string): void;
  tty: boolean;
  now?: () => number;
}

export class SweepProgress {
  private doneActs = 0;
  private doneBytes = 0;
  private articles = 0;
  private readonly started: number;
  /** When the first act finished and how many bytes it was: the rate is measured from there, past the workers' start-up. */
  private first?: { at: number; bytes: number };
  private readonly now: () => number;

  constructor(private readonly options: ProgressOptions) {
    this.now = options.now ?? Date.now;
    this.started = this.now();
  }

  /** One act finished (or was found unreadable). */
  actDone(path: string, bytes: number, articles: number, note = ''): void {
    this.doneActs++;
    this.doneBytes += bytes;
    this.first ??= { at: this.now(), bytes: this.doneBytes };
    this.articles += articles;
    const line = this.line(path, note);
    this.options.write(this.options.tty ? `\r\x1b[2K${line}` : `${line}\n`);
  }

  finish(): void {
    if (this.options.tty) this.options.write('\n');
  }

  /** "[#####-----] 3/7 acts, 1,204 articles, 412 articles/s, ETA 0:04 — land_code_ru.txt" */
  line(path: string, note = ''): string {
    const { acts, bytes } = this.options;
    const elapsed = (this.now() - this.started) / 1000;
    const share = bytes ? this.doneBytes / bytes : this.doneActs / Math.max(1, acts);
    const width = 20;
    const filled = Math.round(share * width);
    const rate = elapsed > 0 ? Math.round(this.articles / elapsed) : 0;
    let eta = '?';
    if (share >= 1) eta = '0:00';
    else if (this.first && this.doneBytes > this.first.bytes && this.now() > this.first.at) {
      const bytesPerSecond = (this.doneBytes - this.first.bytes) / ((this.now() - this.first.at) / 1000);
      eta = formatDuration((bytes - this.doneBytes) / bytesPerSecond);
    }
    const name = path.split(/[\\/]/).pop();
    return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${this.doneActs}/${acts} acts, ${this.articles.toLocaleString('en-US')} articles, ${rate.toLocaleString('en-US')} articles/s, ETA ${eta} — ${name}${note ? ` (${note})` : ''}`;
  }
}

export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${r}` : `${m}:${r}`;
}
