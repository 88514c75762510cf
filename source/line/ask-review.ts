// Review: the whole request, its problems, the aws command and the --cli-input-json body, then
// one question: create, save as a preset, copy the command, edit a step, or quit. A failed creation
// prints the service's code and message and comes back here with every answer kept.
import {neutraliseControlCharacters as safe} from '../basics/control-characters.js';
import type {BatchOutcome} from '../core/create-batch.js';
import type {CreateStageResponse} from '../stage/request.js';
import {templateFileName} from '../template/file-name.js';
import {writeTemplateFile, writtenMessage} from '../template/template-file.js';
import type {StepId} from '../wizard/fields.js';
import {selectProblems} from '../wizard/problems.js';
import {reviewCommand} from '../wizard/review-command.js';
import {getStep, stepIds} from '../wizard/steps.js';
import {describeWhere} from '../wizard/summary.js';
import {askConnection, cachedAwsConfig, type ConnectionLine} from './ask-start.js';
import {askStep} from './ask-steps.js';
import {createBatchWithLines} from './create-batch.js';
import {createStageWithLines} from './create.js';
import {reviewLines} from './review-lines.js';
import {askSavePreset} from './save-preset.js';
import type {Session} from './session.js';

type ReviewAction = 'create' | 'save' | 'copy' | 'template' | 'edit' | 'quit';
type EditTarget = StepId | ConnectionLine;

export type ReviewEnd = {kind: 'created'; response: CreateStageResponse} | {kind: 'batch'; outcome: BatchOutcome} | {kind: 'quit'};

export async function askReview(session: Session): Promise<ReviewEnd> {
	const {prompts, out} = session.asker;
	const awsConfig = cachedAwsConfig(session.loadAwsConfig);
	for (;;) {
		session.dispatch({type: 'routeChanged', route: 'review'});
		session.autosave();
		const {request, connection, count} = session.state();
		const problems = selectProblems(request, count);
		out.line();
		out.heading('Review');
		for (const line of reviewLines(request, connection, problems, session.sandbox, count, out.columns())) {
			out.line(line);
		}

		const action = await prompts.select<ReviewAction>({
			message: 'Ready?',
			choices: [
				{value: 'create', name: count > 1 ? `Create the ${count} stages` : 'Create the stage', ...(problems.length > 0 ? {disabled: `fix the ${problems.length} problem${problems.length === 1 ? '' : 's'} first`} : {})},
				{value: 'edit', name: 'Edit a step'},
				{value: 'save', name: 'Save as a preset'},
				{value: 'copy', name: 'Copy the aws command'},
				{value: 'template', name: `Write a CloudFormation template (${templateFileName(request.name, 'yaml')})`, ...(problems.length > 0 ? {disabled: 'fix the problems first'} : {})},
				{value: 'quit', name: 'Quit without creating (the draft is kept)'},
			],
			default: problems.length > 0 ? 'edit' : 'create',
		});
		switch (action) {
			case 'create': {
				if (count > 1) {
					const outcome = await createBatchWithLines(session.stageSession, session.state(), session.now, out, session.dispatch);
					if (outcome.results.length > 0 || !outcome.failure) {
						return {kind: 'batch', outcome};
					}

					// Nothing made: back here with every answer kept, as after a single stage's failure.
					out.error(`Not created: ${safe(outcome.failure.code)}`);
					out.line(`  ${safe(outcome.failure.message)}`);
					out.line('  Everything you entered is kept: change what the message points at, or try again.');
					session.dispatch({type: 'creationErrorDismissed'});
					break;
				}

				session.dispatch({type: 'creationStarted'});
				const result = await createStageWithLines(session.stageSession, session.state(), out, session.store.path);
				if (result.ok) {
					if (result.adoption) {
						out.warning(safe(result.adoption));
					}

					session.dispatch({type: 'creationSucceeded', response: result.response, adoption: result.adoption});
					return {kind: 'created', response: result.response};
				}

				session.dispatch({type: 'creationFailed', code: result.code, message: result.message, stagesBefore: result.stagesBefore});
				out.error(`CreateStage failed: ${safe(result.code)}`);
				out.line(`  ${safe(result.message)}`);
				out.line('  Everything you entered is kept: change what the message points at, or try again.');
				session.dispatch({type: 'creationErrorDismissed'});
				break;
			}

			case 'edit': {
				const which = await prompts.select<EditTarget>({
					message: 'Edit which step?',
					choices: [
						...stepIds.map((id, index) => ({value: id, name: `${index + 1}. ${getStep(id).title}`})),
						// In the sandbox the emulator decides where the stage goes.
						...(session.sandbox
							? []
							: [
									{value: 'profile' as const, name: `Profile: ${safe(connection.profile ?? 'default')}`},
									{value: 'region' as const, name: `Region: ${safe(connection.region ?? '(not set)')}`},
									{value: 'endpoint' as const, name: `Endpoint: ${safe(connection.endpointUrl ?? 'the region’s own')}`},
								]),
					],
				});
				if (which === 'profile' || which === 'region' || which === 'endpoint') {
					session.dispatch({type: 'connectionChanged', connection: await askConnection(which, connection, awsConfig, session.asker)});
					out.line(`Where: ${safe(describeWhere(session.state().connection, session.sandbox))}`);
				} else {
					session.dispatch({type: 'routeChanged', route: which});
					session.autosave();
					await askStep(session, which);
				}

				break;
			}

			case 'save': {
				const state = session.state();
				await askSavePreset({store: session.store, state, ...(state.origin?.kind === 'preset' ? {initialName: state.origin.name} : {})}, session.asker);
				break;
			}

			case 'copy': {
				try {
					await session.clipboard.write(reviewCommand(request, connection, session.sandbox));
					out.success(session.lastCopyMethod() === 'osc52' ? 'Sent the aws command to the terminal’s clipboard (OSC 52).' : 'Copied the aws command to the clipboard.');
				} catch (error) {
					out.error(`Could not copy: ${safe((error as Error).message)}`);
				}

				break;
			}

			case 'template': {
				try {
					out.success(safe(writtenMessage(await writeTemplateFile(session.exportDirectory, request))));
				} catch (error) {
					out.error(`Could not write the template: ${safe((error as Error).message)}`);
				}

				break;
			}

			case 'quit': {
				return {kind: 'quit'};
			}
		}
	}
}
