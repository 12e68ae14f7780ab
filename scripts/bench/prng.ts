/**
 * A small seeded pseudo-random generator (mulberry32). The corpus must be byte-identical for
 * the same size and seed, so nothing here may depend on Math.random, time or the environment.
 */
export interface Random {
  /** Uniform float in [0, 1) */
  next(): number;
  /** Integer in [min, max], both inclusive */
  int(min: number, max: number): number;
  /** One element of a non-empty list */
  pick<T>(items: readonly T[]): T;
  /** true with the given probability */
  chance(probability: number): boolean;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => {
      if (items.length === 0) throw new RangeError('pick() needs a non-empty list');
      return items[Math.floor(next() * items.length)]!;
    },
    chance: (probability) => next() < probability,
  };
}
