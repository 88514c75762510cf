// Timestamps as AWS CLI v2 prints them. v2 (cli_timestamp_format iso8601, its default) parses each
// timestamp of a response with dateutil and prints datetime.isoformat(): "2026-11-28T11:00:00+00:00",
// six fraction digits only when there is a fraction ("…:00.500000+00:00"), the offset as sent.

const isoPattern =
	/^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(?:([Zz])|([+-])(\d{2}):?(\d{2})?)?$/;

function pad(value: number, width = 2): string {
	return String(value).padStart(width, '0');
}

function offsetText(minutes: number): string {
	const sign = minutes < 0 ? '-' : '+';
	const absolute = Math.abs(minutes);
	return `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

function fractionText(microseconds: number): string {
	return microseconds === 0 ? '' : `.${pad(microseconds, 6)}`;
}

/** isoformat() of an aware UTC datetime: what v2 prints for the "…Z" timestamps the service sends. */
function fromDate(date: Date): string {
	if (Number.isNaN(date.getTime())) {
		return String(date);
	}

	// The SDK keeps milliseconds; Python keeps microseconds, so a wire value with more than three
	// fraction digits has already lost them by the time it gets here.
	const milliseconds = date.getUTCMilliseconds();
	return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}T`
		+ `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`
		+ `${fractionText(milliseconds * 1000)}+00:00`;
}

/** What dateutil + isoformat() make of a wire string; anything unusual is printed as given. */
function fromWireString(text: string): string {
	// botocore tries float(value) first, so a numeric string is epoch seconds.
	if (/^\s*[+-]?(?:\d+\.?\d*|\.\d+)\s*$/.test(text)) {
		return fromEpochSeconds(Number(text));
	}

	const match = isoPattern.exec(text.trim());
	if (!match) {
		return text;
	}

	const [, year, month, day, hour, minute, second = '00', fraction = '', zulu, sign, offsetHours, offsetMinutes = '00'] = match;
	// dateutil truncates the fraction to microseconds.
	const microseconds = Number((fraction + '000000').slice(0, 6));
	let offset = '';
	if (zulu) {
		offset = '+00:00';
	} else if (sign) {
		const minutes = (Number(offsetHours) * 60) + Number(offsetMinutes);
		offset = minutes === 0 ? '+00:00' : offsetText(sign === '-' ? -minutes : minutes);
	}

	return `${year}-${month}-${day}T${hour}:${minute}:${second}${fractionText(microseconds)}${offset}`;
}

/**
 * Epoch seconds: datetime.fromtimestamp(value, tzlocal()), so local time with its offset. Node's
 * local zone follows TZ as Python's does.
 */
function fromEpochSeconds(seconds: number): string {
	const whole = Math.floor(seconds);
	let microseconds = Math.round((seconds - whole) * 1e6);
	let wholeSeconds = whole;
	if (microseconds === 1e6) {
		wholeSeconds += 1;
		microseconds = 0;
	}

	const date = new Date(wholeSeconds * 1000);
	const offsetMinutes = -date.getTimezoneOffset();
	return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T`
		+ `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
		+ `${fractionText(microseconds)}${offsetText(offsetMinutes)}`;
}

/** A timestamp of a response (a Date from the SDK, or the wire's string or epoch number) as v2 prints it. */
export function pythonIsoformat(value: Date | string | number): string {
	if (value instanceof Date) {
		return fromDate(value);
	}

	if (typeof value === 'number') {
		return fromEpochSeconds(value);
	}

	return fromWireString(value);
}
