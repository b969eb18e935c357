/**
 * A Bloom filter over a set of keys: `mayHave` is false for most keys not in the set, and never for one in it.
 * Most tokens of a sentence name nothing; the filter answers for them from a few kilobytes that stay in the
 * processor's cache, where a lookup in a map of ten thousand phrases would wait for memory.
 */
export class KeyFilter {
  private readonly bits: Uint32Array;
  private readonly mask: number;

  constructor(keys: Iterable<string>, size: number) {
    // About sixteen bits per key and two bits set per key: roughly one key in seventy not in the set passes.
    let bitCount = 1024;
    while (bitCount < size * 16) bitCount *= 2;
    this.bits = new Uint32Array(bitCount / 32);
    this.mask = bitCount - 1;
    for (const key of keys) {
      const hash = hashOf(key);
      this.set(hash);
      this.set(rehash(hash));
    }
  }

  mayHave(key: string): boolean {
    const hash = hashOf(key);
    return this.isSet(hash) && this.isSet(rehash(hash));
  }

  private set(hash: number): void {
    const bit = hash & this.mask;
    this.bits[bit >>> 5]! |= 1 << (bit & 31);
  }

  private isSet(hash: number): boolean {
    const bit = hash & this.mask;
    return (this.bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }
}

/** The key hashed last, and its hash: a token's key is looked up in several filters in a row. */
let lastKey: string | undefined;
let lastHash = 0;

/** FNV-1a over UTF-16 units. */
function hashOf(key: string): number {
  if (key === lastKey) return lastHash;
  let hash = 0x811c9dc5;
  for (let at = 0; at < key.length; at++) hash = Math.imul(hash ^ key.charCodeAt(at), 0x01000193);
  lastKey = key;
  lastHash = hash >>> 0;
  return lastHash;
}

/** A second, independent-enough hash for the second bit. */
function rehash(hash: number): number {
  const mixed = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  return (mixed ^ (mixed >>> 16)) >>> 0;
}
