// `publish`: a test stream into a stage over WHIP, from a participant token (--token), from a
// PUBLISH token made for the stage first (--stage-arn), or from the token of a stage made first
// (create-and-publish.ts), until --duration or Ctrl+C, which both
// DELETE the WHIP session and exit 0. The endpoint's refusals (a token without PUBLISH, an
// expired one, a stage that is gone) are one line each, exit 254, as a service error is.
import {type CliIo, writeAll} from '../cli/io.js';
import {installStopHandlers} from '../cli/destination.js';
import {CliError, exitCodes} from '../basics/errors.js';
import type {ClientSettings} from '../ivs/client-settings.js';
import {connectIvs} from '../ivs/services.js';
import {toCliError} from '../ivs/service-errors.js';
import {publishClaims, type PublishClaims} from '../media/token-claims.js';
import {findStage, type StageReference} from '../stages/stage-reference.js';
import {StatusLine} from './status-line.js';

export type PublishRequest = {
	token?: string;
	/** Where `token` publishes when this process made it (a stage's CreateStage answer): its claims are not read then. */
	target?: Pick<PublishClaims, 'stageArn' | 'whipUrl' | 'participantId'>;
	/** The stage whose PUBLISH token is made first (--stage-arn): its ARN, or its name, looked up. */
	stage?: StageReference;
	userId: string;
	source: string;
	/** Seconds; undefined runs until Ctrl+C. */
	durationSeconds?: number;
	/** --cli-connect-timeout: seconds the WebRTC connection may take to come up; 0 waits. */
	connectTimeoutSeconds?: number | undefined;
	/** With stage, where its token is made; a token alone reaches its WHIP endpoint without AWS settings. */
	settings?: () => Promise<ClientSettings>;
};

/** What each WHIP status means for someone publishing, before the endpoint's own reason. */
const refusalCauses: Record<number, string> = {
	401: 'the token was refused (expired, or not signed for this stage)',
	403: 'the token does not allow publishing',
	404: 'the stage is gone',
};

async function tokenFor(request: PublishRequest): Promise<string> {
	if (request.token !== undefined) {
		return request.token;
	}

	if (!request.settings) {
		throw new CliError('publish needs a token, or a stage ARN and where to make its token', exitCodes.other);
	}

	const settings = await request.settings();
	const api = connectIvs(settings);
	const stageArn = request.stage?.kind === 'name' ? (await findStage(api, request.stage, {endpoint: settings.endpointUrl})).arn : request.stage?.arn;
	try {
		const made = await api.createParticipantToken({stageArn, userId: request.userId, capabilities: ['PUBLISH']});
		if (!made.token) {
			throw new CliError('CreateParticipantToken returned no token', exitCodes.service);
		}

		return made.token;
	} catch (error) {
		throw error instanceof CliError ? error : toCliError(error, 'CreateParticipantToken');
	}
}

export async function publish(request: PublishRequest, io: CliIo): Promise<number> {
	const token = await tokenFor(request);
	const claims = request.target ?? publishClaims(token);
	// Loaded only now: werift is a chunk of its own that no other command reads.
	const [{startPublishing}, {openVideoSource, testPatternAudio, VideoSourceError}, {WhipRefusal}] = await Promise.all([
		import('../media/publisher.js'),
		import('../media/video-source.js'),
		import('../media/whip-client.js'),
	]);
	let video;
	try {
		video = openVideoSource(request.source);
	} catch (error) {
		if (error instanceof VideoSourceError || (error as {code?: string}).code !== undefined || (error as Error).name.endsWith('FileError')) {
			throw new CliError(`Cannot read --source ${request.source}: ${(error as Error).message}`, exitCodes.usage);
		}

		throw error;
	}

	await writeAll(io.stderr, `Publishing ${video.describe} to ${claims.stageArn}${claims.participantId ? ` as participant ${claims.participantId}` : ''} (${claims.whipUrl})\n`);
	let publisher;
	try {
		publisher = await startPublishing({whipUrl: claims.whipUrl, token, video, audio: testPatternAudio(), connectTimeoutMs: request.connectTimeoutSeconds === undefined ? undefined : request.connectTimeoutSeconds * 1000});
	} catch (error) {
		if (error instanceof WhipRefusal) {
			const cause = refusalCauses[error.statusCode] ?? 'the WHIP endpoint refused the offer';
			throw new CliError(`Publish refused: ${cause} (HTTP ${error.statusCode}${error.reason ? `: ${error.reason}` : ''})`, exitCodes.service);
		}

		throw new CliError(`Publish failed: ${(error as Error).message}`, exitCodes.other);
	}

	const stop = new AbortController();
	const removeHandlers = installStopHandlers(io, stop, async () => publisher.stop());
	const status = new StatusLine(io.stderr, io.stderr.isTTY === true);
	const ticker = setInterval(() => {
		status.show(publisher.stats());
	}, 1000);
	const timer = request.durationSeconds === undefined ? undefined : setTimeout(() => {
		stop.abort();
	}, request.durationSeconds * 1000);
	const stopped = new Promise<void>(resolve => {
		stop.signal.addEventListener('abort', () => {
			resolve();
		});
	});
	const endedBy = await Promise.race([publisher.ended, stopped.then(() => undefined)]);
	clearInterval(ticker);
	clearTimeout(timer);
	try {
		await publisher.stop();
	} finally {
		removeHandlers();
	}

	const stats = publisher.stats();
	status.finish();
	// A stream on stdin that ends is a publish that is done, not a failure.
	if (endedBy !== undefined && endedBy !== `${video.describe} ended`) {
		throw new CliError(`Publishing stopped after ${stats.seconds} s: ${endedBy} (the stage's participant events say why: ListParticipantEvents)`, exitCodes.service);
	}

	await writeAll(io.stderr, `Stopped after ${stats.seconds} s (${stats.framesSent} frames sent); the WHIP session is deleted\n`);
	return exitCodes.ok;
}
