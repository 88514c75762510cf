// The few fields of H.264's syntax a WHIP receiver checks (ITU-T H.264 7.3): the profile and
// picture size in a sequence parameter set, and a slice's type. Read from bytes a publisher sent,
// so every read is bounded: a truncated or hostile NAL unit gives undefined, never an exception.

/** profile_idc values whose sequence parameter sets carry chroma and bit-depth fields (7.3.2.1.1). */
const highProfiles = new Set([100, 110, 122, 244, 44, 83, 86, 118, 128, 138, 139, 134, 135]);

/** The NAL unit's payload without emulation prevention bytes (00 00 03 → 00 00), at most `limit` bytes of it. */
function rbsp(nal: Uint8Array, limit: number): Uint8Array {
	const out: number[] = [];
	let zeros = 0;
	for (let index = 1; index < nal.length && out.length < limit; index++) {
		const byte = nal[index] ?? 0;
		if (zeros >= 2 && byte === 3) {
			zeros = 0;
			continue;
		}

		zeros = byte === 0 ? zeros + 1 : 0;
		out.push(byte);
	}

	return Uint8Array.from(out);
}

class BitReader {
	private position = 0;

	constructor(private readonly bytes: Uint8Array) {}

	bit(): number {
		const byte = this.bytes[this.position >> 3];
		if (byte === undefined) {
			throw new RangeError('past the end');
		}

		const value = (byte >> (7 - (this.position & 7))) & 1;
		this.position++;
		return value;
	}

	bits(count: number): number {
		let value = 0;
		for (let index = 0; index < count; index++) {
			value = (value * 2) + this.bit();
		}

		return value;
	}

	/** ue(v): Exp-Golomb, at most 31 leading zeros (anything longer is not H.264). */
	ue(): number {
		let zeros = 0;
		while (this.bit() === 0) {
			zeros++;
			if (zeros > 31) {
				throw new RangeError('an Exp-Golomb code longer than 32 bits');
			}
		}

		return (2 ** zeros) - 1 + this.bits(zeros);
	}

	se(): number {
		const code = this.ue();
		return code % 2 === 0 ? -(code / 2) : (code + 1) / 2;
	}
}

export type SequenceParameters = {
	profileIdc: number;
	constrainedBaseline: boolean;
	levelIdc: number;
	width: number;
	height: number;
	/** From the VUI's timing information, when the encoder wrote it (x264 does). */
	fps?: number;
};

/** Frames per second from the VUI (E.1.1), or undefined without timing information. */
function vuiFps(reader: BitReader): number | undefined {
	if (reader.bit() === 1 && reader.bits(8) === 255) {
		reader.bits(32);
	}

	if (reader.bit() === 1) {
		reader.bit();
	}

	if (reader.bit() === 1) {
		reader.bits(4);
		if (reader.bit() === 1) {
			reader.bits(24);
		}
	}

	if (reader.bit() === 1) {
		reader.ue();
		reader.ue();
	}

	if (reader.bit() === 0) {
		return undefined;
	}

	const unitsInTick = reader.bits(32);
	const timeScale = reader.bits(32);
	return unitsInTick > 0 ? timeScale / (2 * unitsInTick) : undefined;
}

function skipScalingList(reader: BitReader, size: number): void {
	let last = 8;
	let next = 8;
	for (let index = 0; index < size; index++) {
		if (next !== 0) {
			next = (last + reader.se() + 256) % 256;
		}

		last = next === 0 ? last : next;
	}
}

/** The profile and the cropped picture size of an SPS (NAL type 7), or undefined if it cannot be read. */
export function readSequenceParameters(nal: Uint8Array): SequenceParameters | undefined {
	try {
		const reader = new BitReader(rbsp(nal, 512));
		const profileIdc = reader.bits(8);
		const constraints = reader.bits(8);
		const levelIdc = reader.bits(8);
		reader.ue();
		let chromaFormat = 1;
		if (highProfiles.has(profileIdc)) {
			chromaFormat = reader.ue();
			if (chromaFormat === 3) {
				reader.bit();
			}

			reader.ue();
			reader.ue();
			reader.bit();
			if (reader.bit() === 1) {
				for (let index = 0; index < (chromaFormat === 3 ? 12 : 8); index++) {
					if (reader.bit() === 1) {
						skipScalingList(reader, index < 6 ? 16 : 64);
					}
				}
			}
		}

		reader.ue();
		const pictureOrderCountType = reader.ue();
		if (pictureOrderCountType === 0) {
			reader.ue();
		} else if (pictureOrderCountType === 1) {
			reader.bit();
			reader.se();
			reader.se();
			const cycle = reader.ue();
			if (cycle > 255) {
				return undefined;
			}

			for (let index = 0; index < cycle; index++) {
				reader.se();
			}
		}

		reader.ue();
		reader.bit();
		const widthInMbs = reader.ue() + 1;
		const heightInMapUnits = reader.ue() + 1;
		const frameMbsOnly = reader.bit();
		if (frameMbsOnly === 0) {
			reader.bit();
		}

		reader.bit();
		let crop = {left: 0, right: 0, top: 0, bottom: 0};
		if (reader.bit() === 1) {
			crop = {left: reader.ue(), right: reader.ue(), top: reader.ue(), bottom: reader.ue()};
		}

		// Crop units (7-19, 7-20): 2×2 pixels for 4:2:0, 2×1 for 4:2:2, 1×1 for 4:4:4 and monochrome.
		const cropX = chromaFormat === 1 || chromaFormat === 2 ? 2 : 1;
		const cropY = (chromaFormat === 1 ? 2 : 1) * (2 - frameMbsOnly);
		let fps: number | undefined;
		try {
			fps = reader.bit() === 1 ? vuiFps(reader) : undefined;
		} catch {
			// A VUI cut short: the picture size above still stands.
		}

		return {
			...(fps === undefined ? {} : {fps}),
			profileIdc,
			constrainedBaseline: profileIdc === 66 && (constraints & 0x40) !== 0,
			levelIdc,
			width: (widthInMbs * 16) - (cropX * (crop.left + crop.right)),
			height: ((2 - frameMbsOnly) * heightInMapUnits * 16) - (cropY * (crop.top + crop.bottom)),
		};
	} catch {
		return undefined;
	}
}

/** A slice's slice_type (7.3.3; 0–9, where 1 and 6 are B), or undefined if it cannot be read. */
export function readSliceType(nal: Uint8Array): number | undefined {
	try {
		const reader = new BitReader(rbsp(nal, 16));
		reader.ue();
		const sliceType = reader.ue();
		return sliceType <= 9 ? sliceType : undefined;
	} catch {
		return undefined;
	}
}

export function isBSliceType(sliceType: number): boolean {
	return sliceType % 5 === 1;
}
