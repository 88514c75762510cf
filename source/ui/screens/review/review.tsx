// Review: the whole request, its problems, the aws command and the --cli-input-json body; Enter
// creates. A failed creation lands here again with its code and message, and every input intact.
import {Box} from 'ink';
import {Text} from '../../components/text.js';
import type {Services} from '../../../ivs/services.js';
import {safeText} from '../../../output/safe-text.js';
import type {PresetStore} from '../../../presets/store.js';
import {writeTemplateFile, writtenMessage} from '../../../template/template-file.js';
import {reviewCommand} from '../../../wizard/review-command.js';
import type {Route} from '../../../wizard/wizard-state.js';
import {SavePresetPrompt} from '../../components/save-preset-prompt/save-preset-prompt.js';
import {ScrollView} from '../../components/scroll-view.js';
import {wrapWords} from '../../../wizard/text-columns.js';
import {KeyScope} from '../../keys/key-router.js';
import type {Action} from '../../keys/keybindings.js';
import {useTheme} from '../../theme.js';
import type {StepScreenProps} from '../step-props.js';
import {ReviewBody} from './review-body.js';
import {useReviewState} from './use-review-state.js';
import {useReview} from './use-review.js';

export type ReviewProps = StepScreenProps & {
	store: PresetStore;
	services: Services;
	sandbox: boolean;
	/** The sandbox's emulator, for the Where line. */
	sandboxUrl?: string;
	width: number;
	/** Where `t` writes the template (the working directory unless given). */
	workingDirectory?: string;
	/** Enter with no problems: starts creating what the review shows (the router's stage session). */
	onCreate: () => void;
	onQuit: () => void;
};

const editRoutes: Partial<Record<Action, Route>> = {
	editStart: 'start',
	editName: 'name',
	editTags: 'tags',
	editParticipants: 'participants',
	editRecording: 'recording',
};

/** Lines of a failure's message shown: enough for the ARNs of a few stages found after a lost answer. */
const failureLineLimit = 6;

export function ReviewScreen({state: wizard, dispatch, problems, height, store, services, sandbox, sandboxUrl, width, workingDirectory, onCreate, onQuit}: ReviewProps) {
	const theme = useTheme();
	const [state, local] = useReviewState();
	const failure = wizard.creation.status === 'failed' ? wizard.creation : undefined;
	// Messages wrap rather than lose their end: a service's message is the one thing to read in full.
	const failureLines = failure ? wrapWords(safeText(failure.message), width - 2) : [];
	const noticeLines = state.notice ? wrapWords(`! ${safeText(state.notice)}`, width) : [];
	const fixedLines = (failure ? 1 + Math.min(failureLines.length, failureLineLimit) : 0) + noticeLines.length + (state.prompt ? 6 : 0);
	const viewHeight = Math.max(3, height - fixedLines);
	useReview({
		active: !state.prompt,
		onAction(action) {
			if (action === 'editStart' && sandbox) {
				// The start screen has nothing to change in the sandbox: say where the stage goes instead.
				local({type: 'noticed', notice: 'The sandbox decides where its stages go (its own emulator and region). Run without --sandbox to choose a profile, region or endpoint.'});
				return;
			}

			const route = editRoutes[action];
			if (route) {
				dispatch({type: 'routeChanged', route});
				return;
			}

			switch (action) {
				case 'create': {
					if (problems.length > 0) {
						local({type: 'noticed', notice: `Fix the ${problems.length} problem${problems.length === 1 ? '' : 's'} marked ✗ first: 1–4 opens a step.`});
					} else {
						onCreate();
					}

					break;
				}

				case 'up':
				case 'down':
				case 'pageUp':
				case 'pageDown': {
					const page = viewHeight - 2;
					local({type: 'scrolled', by: {up: -1, down: 1, pageUp: -page, pageDown: page}[action], viewHeight});
					break;
				}

				case 'savePreset': {
					local({type: 'promptOpened'});
					break;
				}

				case 'copyCommand': {
					services.copy(reviewCommand(wizard.request, wizard.connection, sandbox)).then(
						() => {
							local({type: 'noticed', notice: 'Copied the aws command to the clipboard.'});
						},
						(error: unknown) => {
							local({type: 'noticed', notice: `Could not copy: ${(error as Error).message}`});
						},
					);
					break;
				}

				case 'writeTemplate': {
					if (problems.length > 0) {
						local({type: 'noticed', notice: `Fix the ${problems.length} problem${problems.length === 1 ? '' : 's'} marked ✗ first: a template holds a request the service would take.`});
						break;
					}

					writeTemplateFile(workingDirectory ?? process.cwd(), wizard.request).then(
						written => {
							local({type: 'noticed', notice: writtenMessage(written)});
						},
						(error: unknown) => {
							local({type: 'noticed', notice: `Could not write the template: ${(error as Error).message}`});
						},
					);
					break;
				}

				case 'back': {
					dispatch({type: 'previousStep'});
					break;
				}

				case 'quit': {
					onQuit();
					break;
				}

				default: {
					break;
				}
			}
		},
	});

	return (
		<KeyScope scope="review">
			<Box flexDirection="column">
				{failure ? (
					<Box flexDirection="column">
						<Text color={theme.error} bold wrap="truncate-end">
							✗ CreateStage failed: {safeText(failure.code)}
						</Text>
						{failureLines.slice(0, failureLineLimit).map((line, index) => (
							// Keyed by place: lines of one message
							<Text key={index} color={theme.error}>
								{'  '}
								{line}
							</Text>
						))}
					</Box>
				) : null}
				{noticeLines.map((line, index) => (
					// Keyed by place: lines of one notice
					<Text key={index} color={theme.warning}>
						{line}
					</Text>
				))}
				{state.prompt ? (
					<SavePresetPrompt
						store={store}
						request={wizard.request}
						connection={wizard.connection}
						nameTemplate={wizard.nameTemplate}
						count={wizard.count}
						initialName={wizard.origin?.kind === 'preset' ? wizard.origin.name : ''}
						onClose={notice => {
							local({type: 'promptClosed', ...(notice ? {notice} : {})});
						}}
					/>
				) : null}
				<ScrollView
					height={viewHeight}
					scroll={state.scroll}
					onMeasure={contentHeight => {
						local({type: 'measured', contentHeight});
					}}
				>
					<ReviewBody request={wizard.request} connection={wizard.connection} problems={problems} sandbox={sandbox} {...(sandboxUrl ? {sandboxUrl} : {})} width={width} count={wizard.count} />
				</ScrollView>
			</Box>
		</KeyScope>
	);
}
