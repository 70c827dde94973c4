import { useEffect, useRef } from 'react';

export type Direction = 'up' | 'down';

/**
 * Keeps the keyboard on a row's Move up / Move down buttons while the row travels: React re-inserts a moved
 * row, which blurs it, and a button disabled at the end of the list cannot keep focus, so the other one takes it.
 */
export function useFocusAfterMove(index: number) {
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const pending = useRef<{ direction: Direction; from: number } | null>(null);
  useEffect(() => {
    // Only once the row has left the place the move started from.
    if (!pending.current || pending.current.from === index) return;
    const [wanted, other] = pending.current.direction === 'up' ? [up.current, down.current] : [down.current, up.current];
    pending.current = null;
    (wanted && !wanted.disabled ? wanted : other)?.focus();
  }, [index]);
  const moving = (direction: Direction) => {
    pending.current = { direction, from: index };
  };
  return { up, down, moving };
}
