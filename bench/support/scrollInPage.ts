// Scrolling a region of the editor as a person flinging a wheel does, with Chromium's own record of the frames
// that took too long (Long Animation Frames, or long tasks where those are missing).
import type { Page } from 'playwright-core';

export interface ScrollResult {
  /** The region scrolled, by its heading: Preview, Component tree, Variables, Entity models, Action flows. */
  region: string;
  /** Pixels scrolled in all (down, and back up from the end), and the distance there was to scroll. */
  scrolled: number;
  range: number;
  /** Frames longer than 50 ms while scrolling, and the longest (ms; 0 when none). */
  longFrames: number;
  longestFrame: number;
  /** The longest gap between two animation frames the scroll loop saw, ms. */
  longestGap: number;
  /** What Chromium reported: 'long-animation-frame' or 'longtask'. */
  observed: string;
}

/** 3,000 px a second: a brisk wheel or a trackpad's fling. */
const PX_PER_SECOND = 3_000;

/**
 * Scrolls the region named `region` for `seconds`: its largest scrollable element inside (a windowed list's
 * scroller), or else the nearest scrollable element around it (the dock's body). Down at a steady speed, back up
 * from the end, so that the whole time is spent scrolling.
 */
export async function measureScroll(page: Page, region: string, seconds = 2): Promise<ScrollResult> {
  return page.evaluate(
    ({ name, ms, speed }) =>
      new Promise<ScrollResult>((resolve, reject) => {
        const section = [...document.querySelectorAll('section[aria-labelledby]')].find(
          (s) => document.getElementById(s.getAttribute('aria-labelledby') ?? '')?.textContent === name,
        );
        if (!section) return reject(new Error(`no region "${name}"`));
        const scrollable = (el: Element) =>
          el.scrollHeight > el.clientHeight + 1 && /auto|scroll/.test(getComputedStyle(el).overflowY);
        const inside = [...section.querySelectorAll('*')].filter(scrollable);
        let scroller = inside.sort((a, b) => b.scrollHeight - b.clientHeight - (a.scrollHeight - a.clientHeight))[0];
        for (let at = section.parentElement; !scroller && at; at = at.parentElement) if (scrollable(at)) scroller = at;
        if (!scroller) return reject(new Error(`nothing scrolls in "${name}"`));
        const el = scroller;
        el.scrollTop = 0;
        const range = el.scrollHeight - el.clientHeight;
        const type = PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')
          ? 'long-animation-frame'
          : 'longtask';
        const long: number[] = [];
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (entry.duration > 50) long.push(entry.duration);
        });
        observer.observe({ type, buffered: false });
        let direction = 1;
        let scrolled = 0;
        let longestGap = 0;
        const started = performance.now();
        let last = started;
        const step = (now: number) => {
          longestGap = Math.max(longestGap, now - last);
          const before = el.scrollTop;
          el.scrollTop = before + direction * speed * ((now - last) / 1000);
          scrolled += Math.abs(el.scrollTop - before);
          if (el.scrollTop >= el.scrollHeight - el.clientHeight - 1) direction = -1;
          else if (el.scrollTop <= 0) direction = 1;
          last = now;
          if (now - started < ms) requestAnimationFrame(step);
          // One more frame, so that the observer has reported the last ones.
          else
            requestAnimationFrame(() =>
              setTimeout(() => {
                observer.disconnect();
                resolve({
                  region: name,
                  scrolled,
                  range,
                  longFrames: long.length,
                  longestFrame: Math.max(0, ...long),
                  longestGap,
                  observed: type,
                });
              }, 100),
            );
        };
        requestAnimationFrame((now) => {
          last = now;
          requestAnimationFrame(step);
        });
      }),
    { name: region, ms: seconds * 1000, speed: PX_PER_SECOND },
  );
}
