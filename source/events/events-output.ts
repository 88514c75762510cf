// The events for scripts: `{"events": [...]}` in --output's format with --query applied, through
// the same formatters as every other answer (source/output/); and for --follow, one JSON object a
// line (JSON Lines), since a stream that never ends cannot be one document. Each event carries its
// error code's explanation, so a script can show it without a table of its own.
import {UsageError} from '../basics/errors.js';
import {replaceHiddenCharacters, neutraliseControlCharacters} from '../basics/control-characters.js';
import {formatJson} from '../output/json-output.js';
import {normaliseResponse} from '../output/normalise-response.js';
import type {OutputFormat} from '../output/output-formats.js';
import {applyQuery} from '../output/query.js';
import {formatTable} from '../output/table-output.js';
import {formatText} from '../output/text-output.js';
import {formatYaml, formatYamlStream} from '../output/yaml-output.js';
import {explainErrorCode} from './error-explanations.js';
import type {TimelineEvent} from './stage-timeline.js';

export type EventsOutputOptions = {
	format: OutputFormat;
	query: string | undefined;
	color: boolean;
	terminalWidth: number;
	/** Stdout is a terminal: control characters from the service are neutralised, as for responses. */
	terminal: boolean;
};

/** One event as scripts read it: the time as ISO 8601, then who, what, and why. */
export function eventRecord(event: TimelineEvent): Record<string, unknown> {
	return {
		time: event.time.toISOString(),
		sessionId: event.sessionId,
		participantId: event.participantId,
		...(event.userId === undefined ? {} : {userId: event.userId}),
		name: event.name,
		...(event.errorCode === undefined ? {} : {errorCode: event.errorCode, explanation: explainErrorCode(event.errorCode)}),
		...(event.remoteParticipantId === undefined ? {} : {remoteParticipantId: event.remoteParticipantId}),
		...(event.destinationStageArn === undefined ? {} : {destinationStageArn: event.destinationStageArn}),
		...(event.destinationSessionId === undefined ? {} : {destinationSessionId: event.destinationSessionId}),
		// Said only when true: false is every event but a replicated one.
		...(event.replica ? {replica: true} : {}),
	};
}

export function formatEvents(events: readonly TimelineEvent[], options: EventsOutputOptions): string {
	const data = normaliseResponse({events: events.map(event => eventRecord(event))});
	const queried = options.query === undefined ? data : applyQuery(data, options.query);
	const neutralise = options.terminal ? neutraliseControlCharacters : undefined;
	switch (options.format) {
		case 'json': {
			return formatJson(queried, {terminal: options.terminal});
		}

		case 'yaml': {
			return formatYaml(queried, {terminal: options.terminal});
		}

		case 'yaml-stream': {
			return formatYamlStream(queried, {terminal: options.terminal});
		}

		case 'text': {
			return formatText(queried, {neutralise});
		}

		case 'table': {
			return formatTable(queried, {title: 'Events', terminalWidth: options.terminalWidth, color: options.color, neutralise});
		}

		case 'off': {
			return '';
		}
	}
}

/** The formats --follow can print as events arrive: a line an event. */
export const followFormats = ['json', 'text'] as const satisfies readonly OutputFormat[];

export function checkFollowFormat(format: OutputFormat, query: string | undefined): void {
	if (query !== undefined) {
		throw new UsageError('events: --query cannot be used with --follow (each event is printed as it comes; filter the JSON lines with jq)');
	}

	if (!(followFormats as readonly string[]).includes(format) && format !== 'off') {
		throw new UsageError(`events: --output ${format} cannot be used with --follow: use json (one event a line) or text`);
	}
}

/** One event as --follow prints it: a line of compact JSON, or the text format's line. */
export function followLine(event: TimelineEvent, format: OutputFormat, terminal: boolean): string {
	if (format === 'off') {
		return '';
	}

	if (format === 'text') {
		return formatText(normaliseResponse(eventRecord(event)), {neutralise: terminal ? neutraliseControlCharacters : undefined});
	}

	const line = JSON.stringify(eventRecord(event));
	// JSON.stringify escapes the C0 controls; on a terminal the rest of what could steer it too.
	return `${terminal ? replaceHiddenCharacters(line, unicodeEscape) : line}\n`;
}

function unicodeEscape(character: string): string {
	return Array.from({length: character.length}, (_, index) => `\\u${character.charCodeAt(index).toString(16).padStart(4, '0')}`).join('');
}
