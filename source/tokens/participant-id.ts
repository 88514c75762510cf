// A participant ID for a self-signed token's `jti`: the issuer picks it, and it becomes the
// participant's ID in the stage. Twelve letters and digits, the form IVS's own IDs take (and well
// inside the model's ParticipantId, 1 to 64 of a-z A-Z 0-9 -).
import {randomInt} from 'node:crypto';

const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const idLength = 12;

export function newParticipantId(): string {
	let id = '';
	for (let index = 0; index < idLength; index++) {
		id += alphabet[randomInt(alphabet.length)];
	}

	return id;
}
