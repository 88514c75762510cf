// H.264 in Annex B form (NAL units after 00 00 01 or 00 00 00 01 start codes), as `ffmpeg -f h264`
// writes it, cut into NAL units and grouped into access units (one picture each), which is what a
// publisher sends as one RTP timestamp.

/** The NAL units in an Annex B buffer, without their start codes; bytes before the first start code are skipped. */
export function splitNalUnits(bytes: Uint8Array): Uint8Array[] {
	const starts: Array<{at: number; length: number}> = [];
	for (let index = 0; index + 2 < bytes.length; index++) {
		if (bytes[index] === 0 && bytes[index + 1] === 0 && bytes[index + 2] === 1) {
			const four = index > 0 && bytes[index - 1] === 0;
			starts.push({at: four ? index - 1 : index, length: four ? 4 : 3});
			index += 2;
		}
	}

	return starts.map((start, position) => {
		const next = starts[position + 1];
		return bytes.subarray(start.at + start.length, next ? next.at : bytes.length);
	}).filter(nal => nal.length > 0);
}

export function nalType(nal: Uint8Array): number {
	return (nal[0] ?? 0) & 0x1f;
}

/** Slices of a picture: non-IDR (1) and IDR (5). */
export function isSlice(nal: Uint8Array): boolean {
	const type = nalType(nal);
	return type === 1 || type === 5;
}

/**
 * Where a new access unit begins (H.264 7.4.1.2.3): an access unit delimiter, SEI, SPS or PPS after
 * a picture's slices, or a slice whose first_mb_in_slice is 0 (its ue(v) code is the single bit 1).
 */
function startsAccessUnit(nal: Uint8Array, afterSlice: boolean): boolean {
	const type = nalType(nal);
	if (isSlice(nal)) {
		return afterSlice && ((nal[1] ?? 0) & 0x80) !== 0;
	}

	return afterSlice && (type === 6 || type === 7 || type === 8 || type === 9);
}

/** NAL units grouped into access units; a trailing group without a slice is dropped (a stream cut short). */
export function groupAccessUnits(nals: Iterable<Uint8Array>): Uint8Array[][] {
	const units: Uint8Array[][] = [];
	let current: Uint8Array[] = [];
	let afterSlice = false;
	for (const nal of nals) {
		if (startsAccessUnit(nal, afterSlice)) {
			units.push(current);
			current = [];
			afterSlice = false;
		}

		current.push(nal);
		afterSlice ||= isSlice(nal);
	}

	if (afterSlice) {
		units.push(current);
	}

	return units;
}

/**
 * Reads access units from a stream of Annex B bytes (stdin), holding back the last NAL unit until
 * the next start code shows where it ends. `maxBuffered` bounds what one NAL unit may hold.
 */
export class AccessUnitReader {
	private pending = new Uint8Array(0);
	private group: Uint8Array[] = [];
	private afterSlice = false;

	constructor(private readonly maxBuffered: number) {}

	/** The access units completed by these bytes. Throws when one NAL unit grows past the bound. */
	push(chunk: Uint8Array): Uint8Array[][] {
		const joined = new Uint8Array(this.pending.length + chunk.length);
		joined.set(this.pending);
		joined.set(chunk, this.pending.length);
		const nals = splitNalUnits(joined);
		const last = nals.pop();
		this.pending = last ? joined.slice(last.byteOffset - joined.byteOffset - 3) : joined;
		if (this.pending.length > this.maxBuffered) {
			throw new RangeError(`a NAL unit is longer than ${this.maxBuffered} bytes (is this Annex B H.264?)`);
		}

		return this.take(nals);
	}

	/** The end of the stream: what is held back is the last access unit. */
	end(): Uint8Array[][] {
		const units = this.take(splitNalUnits(this.pending));
		this.pending = new Uint8Array(0);
		if (this.afterSlice) {
			units.push(this.group);
		}

		this.group = [];
		this.afterSlice = false;
		return units;
	}

	private take(nals: Uint8Array[]): Uint8Array[][] {
		const units: Uint8Array[][] = [];
		for (const nal of nals) {
			if (startsAccessUnit(nal, this.afterSlice)) {
				units.push(this.group);
				this.group = [];
				this.afterSlice = false;
			}

			this.group.push(nal.slice());
			this.afterSlice ||= isSlice(nal);
		}

		return units;
	}
}
