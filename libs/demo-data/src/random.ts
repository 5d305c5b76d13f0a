import { createHash } from "node:crypto";

/**
 * Seeded randomness for demo data: the same seed gives the same department on every run and
 * every machine (mulberry32), so demo screenshots, tests and benchmarks see the same rows.
 */
export class DemoRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let value = this.state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** `count` decimal digits, leading zeros kept; one draw per nine digits (seeds make millions). */
  digits(count: number): string {
    let out = "";
    for (let left = count; left > 0; left -= 9) {
      const size = Math.min(9, left);
      out += String(Math.floor(this.next() * 10 ** size)).padStart(size, "0");
    }
    return out;
  }

  /** A version-4-shaped UUID drawn from the seeded stream, not from the system's randomness. */
  uuid(): string {
    const word = () =>
      Math.floor(this.next() * 0x1_0000_0000)
        .toString(16)
        .padStart(8, "0");
    const text = word() + word() + word() + word();
    const variant = ((parseInt(text[16] ?? "0", 16) & 0x3) | 0x8).toString(16);
    return `${text.slice(0, 8)}-${text.slice(8, 12)}-4${text.slice(13, 16)}-${variant}${text.slice(17, 20)}-${text.slice(20)}`;
  }
}

/** A stable UUID (version-5 layout) derived from a name, so a demo record keeps its id across runs. */
export function stableUuid(namespace: string, name: string): string {
  const hex = createHash("sha1").update(`${namespace}:${name}`).digest("hex");
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}
