// Everything the request holds, on one screen, with problems marked where they are; then the
// equivalent aws command and the --cli-input-json body.
import React from 'react';
import {Box} from 'ink';
import {Text} from '../../components/text.js';
import {renderCliInputJson} from '../../../args/render-command.js';
import {safeLines, safeText} from '../../../output/safe-text.js';
import type {CreateStageRequest} from '../../../stage/request.js';
import {formatProblem} from '../../../stage/problem-wording.js';
import {problemsAt, type Problem} from '../../../stage/validate.js';
import {batchNames} from '../../../wizard/batch-names.js';
import {mapEntries} from '../../../wizard/collections.js';
import {problemsForStep, strayProblems} from '../../../wizard/problems.js';
import {reviewCommand} from '../../../wizard/review-command.js';
import {participantsField, steps, tagsField} from '../../../wizard/steps.js';
import {describeParticipant, describeRecording, describeWhere} from '../../../wizard/summary.js';
import type {Connection} from '../../../wizard/wizard-state.js';
import {useTheme} from '../../theme.js';
import {wrapWords} from '../../../wizard/text-columns.js';

// Long lists would push the command off the first screen: a few lines each, problems first; the
// command and the JSON below hold every item.
const maxTagLines = 3;
const maxParticipantLines = 4;

/** The items to list: those with problems, then others up to `limit`; in their own order. */
function itemsToShow<T>(items: T[], hasProblem: (item: T, index: number) => boolean, limit: number): Array<{item: T; index: number}> {
	const indexed = items.map((item, index) => ({item, index, problem: hasProblem(item, index)}));
	const withProblems = indexed.filter(entry => entry.problem);
	const others = indexed.filter(entry => !entry.problem).slice(0, Math.max(0, limit - withProblems.length));
	return [...withProblems, ...others].sort((a, b) => a.index - b.index).map(({item, index}) => ({item, index}));
}

export type ReviewBodyProps = {request: CreateStageRequest; connection: Connection; problems: Problem[]; sandbox: boolean; sandboxUrl?: string; width: number; /** Stages the request makes (a batch above 1). */ count?: number};

const labelColumns = 18;
// " [0]"
const shortcutColumns = 4;

function Section({label, shortcut, problems, children}: {label: string; shortcut: string | undefined; problems: number; children: React.ReactNode}) {
	const theme = useTheme();
	return (
		<Box>
			<Box width={labelColumns} flexShrink={0}>
				<Text bold wrap="truncate-end">
					{problems > 0 ? <Text color={theme.error}>✗ </Text> : null}
					{label}
				</Text>
			</Box>
			<Box flexGrow={1} flexShrink={1} flexDirection="column">
				{children}
			</Box>
			{shortcut ? (
				<Box flexShrink={0} marginLeft={1}>
					<Text color={theme.muted}>[{shortcut}]</Text>
				</Box>
			) : null}
		</Box>
	);
}

export function ReviewBody({request, connection, problems, sandbox, sandboxUrl, width, count: stages = 1}: ReviewBodyProps) {
	const theme = useTheme();
	const count = (id: string) => {
		const step = steps.find(candidate => candidate.id === id);
		return step ? problemsForStep(problems, step).length : 0;
	};

	const tags = mapEntries(request.tags);
	const shownTags = itemsToShow(tags, ([key]) => problemsAt(problems, [...tagsField.path, key]).length > 0, maxTagLines).map(({item}) => item);
	const participants = request.participantTokenConfigurations ?? [];
	const shownParticipants = itemsToShow(participants, (_, index) => problemsAt(problems, [...participantsField.path, index]).length > 0, maxParticipantLines);
	const stray = strayProblems(problems);
	const where = describeWhere(connection, sandbox, sandboxUrl);
	return (
		<Box flexDirection="column" width={width}>
			{/* The sandbox decides where its stages go: 0 has nothing to change there. */}
			<Section label="Where" shortcut={sandbox ? undefined : '0'} problems={0}>
				{/* Broken at spaces here: Ink's own wrap starts the next line with the space it broke at. */}
				<Text>{wrapWords(safeText(where), width - labelColumns - (sandbox ? 0 : shortcutColumns)).join('\n')}</Text>
			</Section>
			<Section label="Name" shortcut="1" problems={count('name')}>
				<Text wrap="truncate-end" color={request.name ? undefined : theme.muted}>
					{request.name ? safeText(request.name) : '(none)'}
				</Text>
				{stages > 1 ? (
					<Text wrap="truncate-end" color={theme.accent}>
						{safeText(`× ${batchNames(request.name, stages)}`)}
					</Text>
				) : null}
			</Section>
			<Section label={`Tags ${tags.length}`} shortcut="2" problems={count('tags')}>
				{tags.length === 0 ? <Text color={theme.muted}>(none)</Text> : null}
				{shownTags.map(([key, value]) => (
					<Text key={key} wrap="truncate-end">
						{problemsAt(problems, [...tagsField.path, key]).length > 0 ? <Text color={theme.error}>✗ </Text> : null}
						{safeText(key)}
						<Text color={theme.muted}> = </Text>
						{safeText(value)}
					</Text>
				))}
				{tags.length > shownTags.length ? (
					<Text color={theme.muted}>
						… and {tags.length - shownTags.length} more (2 lists them all)
					</Text>
				) : null}
			</Section>
			<Section label={`Participants ${participants.length}`} shortcut="3" problems={count('participants')}>
				{participants.length === 0 ? <Text color={theme.muted}>(none: add tokens later from the live table)</Text> : null}
				{shownParticipants.map(({item: participant, index}) => (
					<Text key={index} wrap="truncate-end">
						{problemsAt(problems, [...participantsField.path, index]).length > 0 ? <Text color={theme.error}>✗ </Text> : null}
						{index + 1}. {participant.userId ? safeText(participant.userId) : <Text color={theme.muted}>(no user ID)</Text>}
						<Text color={theme.muted}>  {describeParticipant(participant)}</Text>
					</Text>
				))}
				{participants.length > shownParticipants.length ? (
					<Text color={theme.muted}>… and {participants.length - shownParticipants.length} more (3 lists them all)</Text>
				) : null}
			</Section>
			<Section label="Recording" shortcut="4" problems={count('recording')}>
				<Text wrap="wrap">{safeText(describeRecording(request))}</Text>
			</Section>
			<Box marginTop={1} flexDirection="column">
				{problems.length === 0 && !sandbox && !connection.region ? (
					// Not a problem of the request: the call would be refused for want of a region.
					<Text color={theme.warning} wrap="wrap">! No region is set, and CreateStage needs one: press 0 to pick it (or set AWS_REGION).</Text>
				) : problems.length === 0 ? (
					<Text color={theme.success}>✓ No problems: Enter creates {stages > 1 ? `the ${stages} stages` : 'the stage'}.</Text>
				) : (
					<>
						<Text color={theme.error} bold>
							✗ {problems.length} problem{problems.length === 1 ? '' : 's'} to fix before creating:
						</Text>
						{problems.map((problem, index) => (
							// Keyed by place: the same line can repeat
							<Text key={index} color={theme.error} wrap="wrap">
								{'  ✗ '}
								{safeText(formatProblem(problem))}
							</Text>
						))}
						{stray.length > 0 ? <Text color={theme.muted}>Members no step edits come from the input file; fix them there.</Text> : null}
					</>
				)}
			</Box>
			<Box marginTop={1} flexDirection="column">
				<Text bold>
					The same with the AWS CLI <Text color={theme.muted}>({stages > 1 ? `once per stage, {n} = 1…${stages}; ` : ''}y copies it)</Text>
				</Text>
				<Text wrap="wrap">{safeLines(reviewCommand(request, connection, sandbox, width))}</Text>
			</Box>
			<Box marginTop={1} flexDirection="column">
				<Text bold>--cli-input-json</Text>
				<Text wrap="wrap">{safeLines(renderCliInputJson(request).trimEnd())}</Text>
			</Box>
		</Box>
	);
}
