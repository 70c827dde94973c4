/** A count with its noun, singular for one: "1 step", "3 steps", "0 steps". */
export const counted = (n: number, noun: string, plural = `${noun}s`): string => `${n} ${n === 1 ? noun : plural}`;
