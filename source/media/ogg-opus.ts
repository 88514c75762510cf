// Opus packets out of an Ogg file (RFC 3533 pages, RFC 7845 mapping): each page's segment table
// laces its packets (a 255-byte segment continues the packet), and the first two packets are the
// OpusHead and OpusTags headers, not audio. Each audio packet is one RTP payload (RFC 7587).

/** The audio packets, in order. Throws on bytes that are not Ogg, naming the offset. */
export function opusPacketsInOgg(bytes: Uint8Array): Uint8Array[] {
	const packets: Uint8Array[] = [];
	let partial: Uint8Array[] = [];
	let offset = 0;
	while (offset < bytes.length) {
		if (bytes[offset] !== 0x4f || bytes[offset + 1] !== 0x67 || bytes[offset + 2] !== 0x67 || bytes[offset + 3] !== 0x53) {
			throw new RangeError(`no Ogg page at byte ${offset}`);
		}

		const segments = bytes[offset + 26] ?? 0;
		const table = bytes.subarray(offset + 27, offset + 27 + segments);
		let body = offset + 27 + segments;
		for (const size of table) {
			partial.push(bytes.subarray(body, body + size));
			body += size;
			if (size < 255) {
				packets.push(concat(partial));
				partial = [];
			}
		}

		if (body > bytes.length) {
			throw new RangeError(`the Ogg page at byte ${offset} runs past the end`);
		}

		offset = body;
	}

	const text = (packet: Uint8Array | undefined) => Buffer.from(packet?.subarray(0, 8) ?? []).toString('latin1');
	if (text(packets[0]) !== 'OpusHead' || text(packets[1]) !== 'OpusTags') {
		throw new RangeError('not an Ogg Opus file (no OpusHead and OpusTags)');
	}

	return packets.slice(2);
}

function concat(parts: Uint8Array[]): Uint8Array {
	if (parts.length === 1 && parts[0]) {
		return parts[0];
	}

	return Uint8Array.from(parts.flatMap(part => [...part]));
}
