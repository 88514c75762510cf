// Participants: the token configurations created with the stage (at most 12), and the editor for
// one of them. Copy makes "the same again" one key; remove takes one out.
import {isDeepStrictEqual} from 'node:util';
import {Box} from 'ink';
import {Text} from '../../components/text.js';
import {safeText} from '../../../output/safe-text.js';
import type {ParticipantTokenConfiguration} from '../../../stage/request.js';
import {problemsAt} from '../../../stage/validate.js';
import {listItems} from '../../../wizard/collections.js';
import {getAt} from '../../../wizard/paths.js';
import {describeFieldProblem} from '../../../wizard/problems.js';
import {participantsField} from '../../../wizard/steps.js';
import {describeParticipant} from '../../../wizard/summary.js';
import {ItemList} from '../../components/item-list/item-list.js';
import {useItemList} from '../../components/item-list/use-item-list.js';
import {ProblemLines} from '../../components/problem-lines.js';
import {KeyScope} from '../../keys/key-router.js';
import {ParticipantEditor} from '../../participant-editor/participant-editor.js';
import {useTheme} from '../../theme.js';
import type {StepScreenProps} from '../step-props.js';
import {useParticipantsState} from './use-participants-state.js';

export function ParticipantsScreen({state: wizard, dispatch: wizardDispatch, problems, height}: StepScreenProps) {
	const theme = useTheme();
	const participants = listItems<ParticipantTokenConfiguration>(getAt(wizard.request, participantsField.path));
	const [state, dispatch] = useParticipantsState();
	const count = participants.length;
	const full = count >= participantsField.maxItems;
	// With participants already there, "Continue": Enter accepts them (or the first with a problem,
	// to fix). With nobody yet, "add", as a stage is rarely useful without a participant.
	const firstProblem = participants.findIndex((_, index) => problemsAt(problems, [...participantsField.path, index]).length > 0);
	const cursor = Math.min(state.cursor ?? (firstProblem === -1 ? (count > 0 ? count + 1 : 0) : firstProblem), count + 1);
	const move = (by: number) => {
		dispatch({type: 'moved', from: cursor, by, count: count + 2});
	};

	const tooMany = () => {
		dispatch({type: 'noticed', notice: `At most ${participantsField.maxItems} participants: remove one first.`});
	};

	useItemList({
		scope: 'participants',
		active: !state.editing,
		cursor,
		count,
		onMove: move,
		onAdd() {
			if (full) {
				tooMany();
			} else {
				dispatch({type: 'editorOpened'});
			}
		},
		onEdit(index) {
			dispatch({type: 'editorOpened', index});
		},
		onDuplicate(index) {
			if (full) {
				tooMany();
			} else {
				wizardDispatch({type: 'participantDuplicated', index});
				move(1);
			}
		},
		onRemove(index) {
			wizardDispatch({type: 'participantRemoved', index});
		},
		onNext() {
			wizardDispatch({type: 'nextStep'});
		},
		onBack() {
			wizardDispatch({type: 'previousStep'});
		},
	});

	if (state.editing) {
		const {index} = state.editing;
		const existing = index === undefined ? undefined : participants[index];
		return (
			<ParticipantEditor
				value={existing ?? {...participantsField.newItem}}
				title={existing ? `Participant ${index! + 1} of ${count}` : `New participant (${count + 1} of at most ${participantsField.maxItems})`}
				height={height}
				onSubmit={participant => {
					wizardDispatch({type: 'participantSaved', ...(index === undefined ? {} : {index}), participant});
					// Saved as it was: the next Enter moves on instead of opening it again.
					const same = existing !== undefined && isDeepStrictEqual(existing, participant);
					dispatch({type: 'editorClosed', cursor: same ? count + 1 : index ?? count});
				}}
				onCancel={() => {
					dispatch({type: 'editorClosed'});
				}}
			/>
		);
	}

	const listProblems = problemsAt(problems, participantsField.path).filter(problem => problem.path.length === participantsField.path.length);
	return (
		<KeyScope scope="participants">
			<Box flexDirection="column">
				<Box gap={2}>
					<Text color={count > participantsField.maxItems ? theme.error : theme.muted}>
						{count}/{participantsField.maxItems} participants
					</Text>
					{state.notice ? <Text color={theme.warning}>! {state.notice}</Text> : null}
				</Box>
				<ProblemLines problems={listProblems.map(problem => describeFieldProblem(participantsField, problem))} />
				{count === 0 ? <Text color={theme.muted}>No participants yet: tokens can also be added later, from the live table.</Text> : null}
				<ItemList
					items={participants}
					actions={[
						{id: 'add', label: full ? `(at most ${participantsField.maxItems} participants)` : '+ Add a participant'},
						{id: 'next', label: 'Continue to recording →'},
					]}
					cursor={cursor}
					height={Math.max(3, height - 3)}
					renderItem={(participant, index, marker, selected) => (
						<Text key={`p${index}`} wrap="truncate-end">
							{marker}
							{problemsAt(problems, [...participantsField.path, index]).length > 0 ? <Text color={theme.error}>✗ </Text> : null}
							<Text bold={selected}>
								{index + 1}. {participant.userId ? safeText(participant.userId) : <Text color={theme.muted}>(no user ID)</Text>}
							</Text>
							<Text color={theme.muted}>  {describeParticipant(participant)}</Text>
						</Text>
					)}
				/>
			</Box>
		</KeyScope>
	);
}
