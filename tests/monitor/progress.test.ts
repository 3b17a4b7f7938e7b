import { formatDuration, SweepProgress } from '../../src/app/monitor/progress';

describe('sweep progress', () => {
  test('acts and articles done, rate, and the time left from the bytes swept since the first act', () => {
    let t = 0;
    const lines: string[] = [];
    const p = new SweepProgress({ acts: 4, bytes: 400, write: (x) => lines.push(x), tty: false, now: () => t });
    t = 10_000; // workers starting up: not counted in the rate
    p.actDone('a/first.txt', 100, 50);
    expect(lines[0]).toBe('[#####---------------] 1/4 acts, 50 articles, 5 articles/s, ETA ? — first.txt\n');
    t = 12_000;
    p.actDone('a/second.txt', 100, 150);
    // 100 bytes in 2 s since the first act; 200 bytes left → 4 s.
    expect(lines[1]).toBe('[##########----------] 2/4 acts, 200 articles, 17 articles/s, ETA 0:04 — second.txt\n');
    t = 13_000;
    p.actDone('b\\third.pdf', 200, 0, 'unreadable: encrypted');
    expect(lines[2]).toMatch(/^\[#{20}\] 3\/4 acts, .* ETA 0:00 — third\.pdf \(unreadable: encrypted\)\n$/);
  });

  test('on a terminal the line redraws itself', () => {
    const out: string[] = [];
    const p = new SweepProgress({ acts: 1, bytes: 1, write: (x) => out.push(x), tty: true, now: () => 1 });
    p.actDone('x.txt', 1, 1);
    p.finish();
    expect(out[0].startsWith('\r\x1b[2K[')).toBe(true);
    expect(out[1]).toBe('\n');
  });

  test('durations', () => {
    expect(formatDuration(4)).toBe('0:04');
    expect(formatDuration(75)).toBe('1:15');
    expect(formatDuration(3725)).toBe('1:02:05');
  });
});
