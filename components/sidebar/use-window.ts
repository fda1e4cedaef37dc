import { useCallback, useEffect, useState, type RefObject } from 'react';

export interface RowWindow {
  /** First row index rendered. */
  start: number;
  /** One past the last row index rendered. */
  end: number;
  /** Space standing in for the rows above and below the window, in px. */
  padTop: number;
  padBottom: number;
}

/** Lists this short render whole: windowing only pays off when the DOM would be large. */
export const WINDOW_THRESHOLD = 120;

/**
 * The rows of a fixed-height list that are in view (plus `overscan` on each side) inside the
 * scroll container `ref`. Fixed heights keep it arithmetic: no measuring, so 5,000 rows cost what
 * a screenful does. Written here rather than taken from a library because this is all we need.
 */
export function useRowWindow(
  ref: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
  overscan = 6,
  /** Viewport height to assume before layout (and in environments without layout). */
  fallbackHeight = 900,
): RowWindow {
  const [view, setView] = useState({ top: 0, height: fallbackHeight });
  const measure = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    setView((v) => {
      const height = el.clientHeight || fallbackHeight;
      return v.top === el.scrollTop && v.height === height ? v : { top: el.scrollTop, height };
    });
  }, [ref, fallbackHeight]);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    measure();
    el.addEventListener('scroll', measure, { passive: true });
    window.addEventListener('resize', measure);
    return () => {
      el.removeEventListener('scroll', measure);
      window.removeEventListener('resize', measure);
    };
  }, [ref, measure]);

  return windowFor(count, rowHeight, view.top, view.height, overscan);
}

/** The window for a scroll position: pure, so it is tested without layout. */
export function windowFor(
  count: number,
  rowHeight: number,
  scrollTop: number,
  height: number,
  overscan: number,
): RowWindow {
  if (count <= WINDOW_THRESHOLD) return { start: 0, end: count, padTop: 0, padBottom: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const start = Math.max(0, Math.min(count, first) - overscan);
  const end = Math.min(count, first + Math.ceil(height / rowHeight) + overscan);
  return { start, end, padTop: start * rowHeight, padBottom: (count - end) * rowHeight };
}
