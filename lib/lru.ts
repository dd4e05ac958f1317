/**
 * A small map that keeps at most `max` entries, dropping the least recently used first: for values
 * worth keeping between requests whose keys come from requests (a date, a URL), so that what the
 * server keeps in memory stays bounded whatever it is asked.
 */
export class Lru<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly max: number) {}

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      // Most recently used last.
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): V {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as K);
    return value;
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  /** The value kept for `key`, made by `make` (and kept) if there is none. */
  getOrMake(key: K, make: () => V): V {
    return this.get(key) ?? this.set(key, make());
  }

  get size(): number {
    return this.entries.size;
  }
}
