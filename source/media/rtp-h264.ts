// H.264 over RTP (RFC 6184, packetization-mode=1): a NAL unit that fits goes alone in a packet
// (single NAL unit mode, 5.6), a larger one in FU-A fragments (5.8). The receiving side turns
// packets back into the NAL units it checks; of a fragmented one only the start is rebuilt,
// which holds the slice header.

/** Payload bytes per packet: below the 1200-byte path MTU WebRTC stacks assume, with room for headers and SRTP. */
export const maxPayloadBytes = 1100;

const fuA = 28;
const stapA = 24;

/** The RTP payloads for one access unit, in order; the last one carries the marker bit. */
export function packetiseAccessUnit(nals: Uint8Array[], maxBytes = maxPayloadBytes): Uint8Array[] {
	const payloads: Uint8Array[] = [];
	for (const nal of nals) {
		if (nal.length <= maxBytes) {
			payloads.push(nal);
			continue;
		}

		const header = nal[0] ?? 0;
		const indicator = (header & 0xe0) | fuA;
		const type = header & 0x1f;
		const body = nal.subarray(1);
		const step = maxBytes - 2;
		for (let offset = 0; offset < body.length; offset += step) {
			const start = offset === 0 ? 0x80 : 0;
			const end = offset + step >= body.length ? 0x40 : 0;
			const chunk = body.subarray(offset, offset + step);
			const payload = new Uint8Array(chunk.length + 2);
			payload[0] = indicator;
			payload[1] = start | end | type;
			payload.set(chunk, 2);
			payloads.push(payload);
		}
	}

	return payloads;
}

/**
 * The NAL units (or for FU-A the start of one: its header byte and first fragment) a packet
 * carries; a malformed STAP-A ends at the first aggregation unit that does not fit.
 */
export function nalUnitsInPayload(payload: Uint8Array): Uint8Array[] {
	const type = (payload[0] ?? 0) & 0x1f;
	if (type >= 1 && type <= 23) {
		return [payload];
	}

	if (type === stapA) {
		const nals: Uint8Array[] = [];
		let offset = 1;
		while (offset + 2 <= payload.length) {
			const size = ((payload[offset] ?? 0) << 8) | (payload[offset + 1] ?? 0);
			offset += 2;
			if (size === 0 || offset + size > payload.length) {
				break;
			}

			nals.push(payload.subarray(offset, offset + size));
			offset += size;
		}

		return nals;
	}

	if (type === fuA && payload.length > 2 && ((payload[1] ?? 0) & 0x80) !== 0) {
		const start = new Uint8Array(payload.length - 1);
		start[0] = ((payload[0] ?? 0) & 0xe0) | ((payload[1] ?? 0) & 0x1f);
		start.set(payload.subarray(2), 1);
		return [start];
	}

	return [];
}
