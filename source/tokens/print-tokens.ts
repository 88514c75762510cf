// Tokens printed as the answer, on stdout only (never a log): one as create-participant-token
// prints it, `{"participantToken": {...}}`, through the same formatters, --query and pager as every
// response; several (a preset's participants) as `{"participantTokens": [...]}`, each token
// normalised as its own answer would be (the model's member order, v2's timestamps).
import type {ParticipantToken} from '@aws-sdk/client-ivs-realtime';
import type {CliIo} from '../cli/io.js';
import {writeThroughPager} from '../cli/pager.js';
import type {OutputPlan} from '../cli/print-response.js';
import {UsageError} from '../basics/errors.js';
import {formatOutput} from '../output/format-output.js';
import {normaliseResponse} from '../output/normalise-response.js';
import {formatListingOutput, listingOutputFormats, type ListingOutputFormat} from '../output/listing-output.js';

const operationName = 'CreateParticipantToken';

/** A list has no operation of its own: yaml-stream, which pages one, is refused before anything is made. */
export function assertListFormat(plan: OutputPlan): void {
	if (plan.format !== 'off' && !(listingOutputFormats as readonly string[]).includes(plan.format)) {
		throw new UsageError(`--output ${plan.format} is not available with --preset: use ${listingOutputFormats.join(', ')} or off; nothing was sent`);
	}
}

export async function printTokens(tokens: readonly ParticipantToken[], {list, plan, io}: {list: boolean; plan: OutputPlan; io: CliIo}): Promise<void> {
	const text = list ? listText(tokens, plan) : formatOutput({participantToken: tokens[0]}, {
		format: plan.format,
		...(plan.query === undefined ? {} : {query: plan.query}),
		color: plan.color,
		terminalWidth: plan.terminalWidth,
		operationName,
		terminal: plan.terminal,
	});
	await writeThroughPager(text, plan.pager, io);
}

function listText(tokens: readonly ParticipantToken[], plan: OutputPlan): string {
	if (plan.format === 'off') {
		return '';
	}

	const participantTokens = tokens.map(token => (normaliseResponse({participantToken: token}, {operationName}) as {participantToken: unknown}).participantToken);
	return formatListingOutput({participantTokens}, {
		format: plan.format as ListingOutputFormat,
		query: plan.query,
		color: plan.color,
		terminalWidth: plan.terminalWidth,
		title: operationName,
		terminal: plan.terminal,
	});
}
