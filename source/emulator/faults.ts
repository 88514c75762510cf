// Injected faults, for tests of retries and recovery. A spec is comma-separated key=value pairs:
//
//   latency=200ms          every affected request waits this long (also 1.5s, or a range 50-300ms)
//   error500=0.1           share of requests answered 500 InternalServerException
//   error503=0.05          share answered 503 ServiceUnavailableException
//   throttle=0.1           share answered 429 ThrottlingException
//   drop=0.05              share whose connection is closed with no answer
//   seed=42                seed of the generator that picks (default 1)
//   ops=CreateStage|GetStage   only these operations are affected (default: every API operation)
//   count=3                only the next 3 affected requests; after them the faults are spent
//
// Shares are 0..1 or percentages (10%) and together at most 1. The n-th affected request always
// gets the same fate for the same seed, so a test of retries sees the same sequence every run.
// A test that needs a fault at one place scopes it with ops and count, so it meets the requests it
// is meant for whatever else is in flight, and needs no clearing in time.

export type FaultSpec = {
	latencyMs?: {min: number; max: number};
	error500: number;
	error503: number;
	throttle: number;
	drop: number;
	seed: number;
	operations?: string[];
	/** How many affected requests the faults apply to; unset: all of them. */
	count?: number;
};

export type FaultAction = 'none' | 'drop' | 'error500' | 'error503' | 'throttle';
export type FaultDecision = {action: FaultAction; latencyMs: number};

const shareKeys = ['error500', 'error503', 'throttle', 'drop'] as const;

export function parseFaultSpec(text: string): FaultSpec {
	const spec: FaultSpec = {error500: 0, error503: 0, throttle: 0, drop: 0, seed: 1};
	const trimmed = text.trim();
	if (trimmed === '' || trimmed === 'none') {
		return spec;
	}

	const seen = new Set<string>();
	for (const entry of trimmed.split(',')) {
		const [rawKey, ...rest] = entry.split('=');
		const key = (rawKey ?? '').trim();
		const value = rest.join('=').trim();
		if (rest.length === 0 || value === '') {
			throw new Error(`fault "${entry.trim()}" needs a value (key=value)`);
		}

		if (seen.has(key)) {
			throw new Error(`fault "${key}" is given twice`);
		}

		seen.add(key);
		switch (key) {
			case 'latency': {
				spec.latencyMs = parseLatency(value);
				break;
			}

			case 'error500':
			case 'error503':
			case 'throttle':
			case 'drop': {
				spec[key] = parseShare(key, value);
				break;
			}

			case 'seed': {
				if (!/^\d+$/.test(value)) {
					throw new Error(`seed must be a whole number, not "${value}"`);
				}

				spec.seed = Number(value) >>> 0;
				break;
			}

			case 'ops': {
				spec.operations = value.split('|').map(name => name.trim()).filter(Boolean);
				break;
			}

			case 'count': {
				spec.count = parseCount(value);
				break;
			}

			default: {
				throw new Error(`unknown fault "${key}" (known: latency, error500, error503, throttle, drop, seed, ops, count)`);
			}
		}
	}

	const total = shareKeys.reduce((sum, key) => sum + spec[key], 0);
	if (total > 1 + 1e-9) {
		throw new Error(`the shares of error500, error503, throttle and drop add up to ${total}, more than 1`);
	}

	return spec;
}

export function formatFaultSpec(spec: FaultSpec): string {
	const parts: string[] = [];
	if (spec.latencyMs) {
		const {min, max} = spec.latencyMs;
		parts.push(`latency=${min === max ? `${min}ms` : `${min}-${max}ms`}`);
	}

	for (const key of shareKeys) {
		if (spec[key] > 0) {
			parts.push(`${key}=${spec[key]}`);
		}
	}

	if (parts.length === 0) {
		return 'none';
	}

	parts.push(`seed=${spec.seed}`);
	if (spec.operations) {
		parts.push(`ops=${spec.operations.join('|')}`);
	}

	if (spec.count !== undefined) {
		parts.push(`count=${spec.count}`);
	}

	return parts.join(',');
}

function parseShare(key: string, value: string): number {
	const percent = value.endsWith('%');
	const number = Number(percent ? value.slice(0, -1) : value);
	const share = percent ? number / 100 : number;
	if (!Number.isFinite(share) || share < 0 || share > 1) {
		throw new Error(`${key} must be a share between 0 and 1 (or 0% to 100%), not "${value}"`);
	}

	return share;
}

function parseCount(value: string): number {
	const count = /^\d{1,9}$/.test(value) ? Number(value) : 0;
	if (count < 1) {
		throw new Error(`count must be a whole number from 1 to 999999999, not "${value}"`);
	}

	return count;
}

function parseLatency(value: string): {min: number; max: number} {
	const match = /^(\d+(?:\.\d+)?)(?:-(\d+(?:\.\d+)?))?(ms|s)?$/.exec(value);
	if (!match) {
		throw new Error(`latency must look like 200ms, 1.5s or 50-300ms, not "${value}"`);
	}

	const scale = match[3] === 's' ? 1000 : 1;
	const min = Math.round(Number(match[1]) * scale);
	const max = match[2] === undefined ? min : Math.round(Number(match[2]) * scale);
	if (max < min) {
		throw new Error(`latency range ${value} runs backwards`);
	}

	return {min, max};
}

/** Decides each affected request's fate from the seed, in the order requests arrive. */
export class FaultInjector {
	private state: number;
	private remaining: number;

	constructor(readonly spec: FaultSpec) {
		this.state = spec.seed;
		this.remaining = spec.count ?? Number.POSITIVE_INFINITY;
	}

	/** How many of `count` are left (undefined without a count). */
	get left(): number | undefined {
		return this.spec.count === undefined ? undefined : this.remaining;
	}

	/** Whether the request is one the faults apply to: one of `ops`, and `count` not used up. */
	affects(operation: string): boolean {
		return this.remaining > 0 && (this.spec.operations === undefined || this.spec.operations.includes(operation));
	}

	/** The fate of a request `affects` accepted; each decision uses up one of `count`. */
	decide(): FaultDecision {
		this.remaining--;
		// Two draws per request, always, so the fates stay aligned whatever the latency setting.
		const pick = this.next();
		const delay = this.next();
		const {latencyMs} = this.spec;
		const latency = latencyMs ? Math.round(latencyMs.min + (latencyMs.max - latencyMs.min) * delay) : 0;
		let threshold = 0;
		for (const action of ['drop', 'error500', 'error503', 'throttle'] as const) {
			threshold += this.spec[action];
			if (pick < threshold) {
				return {action, latencyMs: latency};
			}
		}

		return {action: 'none', latencyMs: latency};
	}

	/** mulberry32: small, fast and fully determined by its 32-bit state. */
	private next(): number {
		this.state = (this.state + 0x6D_2B_79_F5) >>> 0;
		let t = this.state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	}
}
