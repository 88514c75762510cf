// What a failed attempt went to, for the line that reports it as the AWS CLI does: the URL
// (`Could not connect to the endpoint URL: "https://ivsrealtime.us-west-2.amazonaws.com/CreateStage"`,
// even when the SDK resolved the endpoint from the region) and the proxy, if it went through one.
// Kept beside the error, not on it: the error is the SDK's or Node's own object.
export type FailedAttempt = {url?: string; proxy?: string};

const attempts = new WeakMap<object, FailedAttempt>();

export function noteFailedAttempt(error: unknown, attempt: FailedAttempt): void {
	if (typeof error === 'object' && error !== null) {
		attempts.set(error, {...attempts.get(error), ...attempt});
	}
}

export function failedAttempt(error: unknown): FailedAttempt | undefined {
	return typeof error === 'object' && error !== null ? attempts.get(error) : undefined;
}
