// The generated hostile tests draw every choice from one seeded sequence, so a failing vector
// comes back on every run and every machine.

/** mulberry32: small, fast, and the same sequence on every machine. */
export function random(seedValue: number): () => number {
	let state = seedValue >>> 0;
	return () => {
		state = (state + 0x6D_2B_79_F5) >>> 0;
		let value = state;
		value = Math.imul(value ^ (value >>> 15), value | 1);
		value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
		return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
	};
}

/** One of the items, as the sequence picks it. */
export function picker(rng: () => number): <T>(items: readonly T[]) => T {
	return items => items[Math.floor(rng() * items.length)]!;
}
