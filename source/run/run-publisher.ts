// `run --publish`: the shipped test pattern joins the first stage as its first PUBLISH participant
// while the command runs, so an end-to-end test of a viewer app has a stream to watch. It starts
// after the stage exists and before the command does, and run waits until the WebRTC connection
// is up and media is flowing; the stage's `published` flag follows as soon as the service sees
// the first frames. It is stopped (its WHIP session DELETEd) after the command ends and before
// the stages are deleted. The publisher (werift) is imported only here, only with --publish.
import type {ParticipantTokenConfiguration} from '@aws-sdk/client-ivs-realtime';
import {CliError, UsageError, exitCodes} from '../basics/errors.js';
import {safeText} from '../output/safe-text.js';
import {publishClaims} from '../media/token-claims.js';
import type {CreateStageResponse} from '../stage/request.js';

export type RunPublisher = {
	/** For the command: who publishes. */
	variables: Record<string, string>;
	/** Ends with the reason when publishing stops by itself (the connection went). */
	ended: Promise<string>;
	stop: () => Promise<void>;
};

/** Without capabilities a token gets both, as IVS gives them. */
export function canPublish(capabilities: readonly string[] | undefined): boolean {
	return capabilities === undefined || capabilities.includes('PUBLISH');
}

/**
 * Before anything is sent: a publisher with nobody to publish as is a usage error, not a stage to
 * clean up. `who` begins the line: `--publish` (run's), or `publish` (the command's create form).
 */
export function refuseWithoutPublisher(configurations: readonly ParticipantTokenConfiguration[] | undefined, who = '--publish'): void {
	if (!(configurations ?? []).some(configuration => canPublish(configuration.capabilities))) {
		throw new UsageError(`${who} joins as the first participant with PUBLISH: give one in --participant-token-configurations (e.g. userId=camera,capabilities=PUBLISH)`);
	}
}

export type FirstPublisher = {token: string; participantId: string; userId: string; whipUrl: string};

/** The first token of a CreateStage answer that can publish, and where it publishes; shared with the `publish` command. */
export function firstPublisher(response: CreateStageResponse | undefined, who = '--publish'): FirstPublisher {
	const token = response?.participantTokens?.find(entry => entry.token && canPublish(entry.capabilities));
	if (!token?.token) {
		throw new CliError(`${who}: the CreateStage answer holds no token with PUBLISH to publish with`, exitCodes.service);
	}

	let whipUrl = response?.stage?.endpoints?.whip;
	try {
		whipUrl = publishClaims(token.token).whipUrl;
	} catch {
		// The stage's own endpoint, which the token's claim would name anyway.
	}

	if (!whipUrl) {
		throw new CliError(`${who}: neither the token nor the stage names a WHIP endpoint`, exitCodes.service);
	}

	return {token: token.token, participantId: token.participantId ?? '', userId: token.userId ?? '', whipUrl};
}

export async function startRunPublisher(response: CreateStageResponse | undefined): Promise<RunPublisher> {
	const first = firstPublisher(response);
	const [{publishTestPattern}, {WhipRefusal}] = await Promise.all([import('../media/test-pattern-publisher.js'), import('../media/whip-client.js')]);
	let publisher;
	try {
		publisher = await publishTestPattern(first.whipUrl, first.token);
	} catch (error) {
		const reason = error instanceof WhipRefusal ? `the WHIP endpoint answered ${error.statusCode}${error.reason ? `: ${error.reason}` : ''}` : (error as Error).message;
		throw new CliError(`--publish: could not publish the test pattern as ${safeText(first.userId || first.participantId)}: ${safeText(reason)}; the command was not run`, exitCodes.service);
	}

	return {
		variables: {IVS_PUBLISH_PARTICIPANT_ID: first.participantId, IVS_PUBLISH_USER_ID: first.userId},
		ended: publisher.ended,
		async stop() {
			// The stage is deleted next either way: a DELETE that fails leaves nothing behind.
			await publisher.stop(AbortSignal.timeout(10_000)).catch(() => undefined);
		},
	};
}
