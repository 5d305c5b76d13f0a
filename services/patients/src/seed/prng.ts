/** Mulberry32: a small seeded PRNG, so the demo data is the same on every run and every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

export class DemoRandom {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = seededRandom(seed);
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** `count` decimal digits (at most 9), leading zeros kept. */
  digits(count: number): string {
    return String(Math.floor(this.next() * 10 ** count)).padStart(count, "0");
  }

  /** A version-4-shaped UUID drawn from the seeded stream (not from the system's randomness). */
  uuid(): string {
    const word = () => Math.floor(this.next() * 0x1_0000_0000).toString(16).padStart(8, "0");
    const text = word() + word() + word() + word();
    const variant = ((parseInt(text[16] ?? "0", 16) & 0x3) | 0x8).toString(16);
    return `${text.slice(0, 8)}-${text.slice(8, 12)}-4${text.slice(13, 16)}-${variant}${text.slice(17, 20)}-${text.slice(20)}`;
  }
}
