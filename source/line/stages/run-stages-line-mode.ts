// `stages --plain` and `watch --plain`: the stages screen as questions (line mode's prompts:
// @inquirer/prompts, or plain numbered questions where the terminal cannot move its cursor). The
// region's stages are listed as lines that stay in the scrollback; one is picked, then its
// participants are shown, a token added (the wizard's participant questions, so the same fields
// and checks), its ARN copied, or the stage deleted after a question that names it.
import type {ParticipantTokenConfiguration, Stage} from '@aws-sdk/client-ivs-realtime';
import {exitCodes} from '../../basics/errors.js';
import type {IvsApi} from '../../ivs/ivs-api.js';
import {connectIvs} from '../../ivs/services.js';
import {neutraliseControlCharacters as safe} from '../../basics/control-characters.js';
import {fetchParticipants} from '../../stages/fetch-participants.js';
import {listAllStages} from '../../core/list-all-stages.js';
import {overviewOf, withConnectedCounts, type StageOverview} from '../../stages/stage-overview.js';
import {createSystemClipboard} from '../../tokens/clipboard.js';
import {asciiStream} from '../../wizard/ascii-output.js';
import {colorEnabled} from '../../wizard/colors.js';
import {errorLine} from '../../core/describe-error.js';
import {participantsField} from '../../wizard/steps.js';
import {unicodeLocale} from '../../wizard/unicode-locale.js';
import type {StagesLaunch} from '../../stages/stages-launch.js';
import {askFields} from '../ask-fields.js';
import type {Asker} from '../ask-map.js';
import {plainPrompts, wantsPlainPrompts} from '../plain-prompts.js';
import {createPrinter} from '../printer.js';
import {inquirerPrompts, isPromptExit} from '../prompts.js';
import {itemTarget} from '../target.js';

type Tools = {asker: Asker; api: IvsApi; copy: (text: string) => Promise<void>};

export async function runStagesLineMode(launch: StagesLaunch): Promise<number> {
	return withTools(launch, async tools => {
		for (;;) {
			tools.asker.out.line('Reading the stages (ListStages)…');
			let stages: StageOverview[];
			try {
				stages = await withConnectedCounts(tools.api, (await listAllStages(tools.api)).map(overviewOf));
			} catch (error) {
				tools.asker.out.error(`Could not read the stages: ${errorLine(error, 'ListStages')}`);
				return exitCodes.service;
			}

			printStages(stages, tools.asker);
			const picked = await tools.asker.prompts.select<string>({
				message: 'Which stage?',
				choices: [
					...stages.map(stage => ({value: stage.arn, name: `${safe(stage.name || '(no name)')} · ${safe(stage.arn)}`})),
					{value: '\u0000again', name: 'Read the stages again'},
					{value: '\u0000quit', name: 'Quit'},
				],
				default: '\u0000quit',
			});
			if (picked === '\u0000quit') {
				return exitCodes.ok;
			}

			const stage = stages.find(candidate => candidate.arn === picked);
			if (stage) {
				await stageActions({arn: stage.arn, name: stage.name}, tools);
			}
		}
	});
}

/** `watch --plain`: the one stage's questions. */
export async function runStageMenu(launch: StagesLaunch, stage: Stage): Promise<number> {
	return withTools(launch, async tools => {
		await stageActions(stage, tools);
		return exitCodes.ok;
	});
}

async function withTools(launch: StagesLaunch, work: (tools: Tools) => Promise<number>): Promise<number> {
	const {globals, settings, io} = launch;
	const color = colorEnabled(globals.color, io.env);
	const screen = unicodeLocale(io.env) ? io.stdout : asciiStream(io.stdout);
	const prompts = wantsPlainPrompts(io.env, io.stdout) ? plainPrompts({input: io.stdin, output: screen}) : await inquirerPrompts({input: io.stdin, output: screen, color});
	const clipboard = createSystemClipboard({stdout: io.stdout, env: io.env});
	const api = connectIvs(settings);
	try {
		return await work({asker: {prompts, out: createPrinter(screen, color)}, api, copy: async text => clipboard.write(text)});
	} catch (error) {
		if (isPromptExit(error)) {
			return exitCodes.interrupted;
		}

		throw error;
	} finally {
		api.close();
	}
}

function printStages(stages: readonly StageOverview[], {out}: Asker): void {
	out.heading(`${stages.length} stage${stages.length === 1 ? '' : 's'}`);
	for (const stage of stages) {
		const tags = Object.entries(stage.tags).map(([key, value]) => `${key}=${value}`).join(' ');
		out.line(safe(`  ${stage.name || '(no name)'}  ${stage.arn}  session ${stage.activeSessionId ?? '—'}  ${stage.participantsConnected} connected${tags ? `  ${tags}` : ''}`));
	}
}

type StageAction = 'participants' | 'token' | 'copy' | 'delete' | 'back';

/** One stage: returns when the user is done with it (or it was deleted). */
async function stageActions(stage: Pick<Stage, 'arn' | 'name'>, {asker, api, copy}: Tools): Promise<void> {
	const {prompts, out} = asker;
	const arn = stage.arn ?? '';
	const label = `${safe(stage.name || '(no name)')} (${safe(arn)})`;
	for (;;) {
		const action = await prompts.select<StageAction>({
			message: `Stage ${label}`,
			choices: [
				{value: 'participants', name: 'Show who is there'},
				{value: 'token', name: 'Add a participant token'},
				{value: 'copy', name: 'Copy the stage ARN'},
				{value: 'delete', name: 'Delete the stage'},
				{value: 'back', name: 'Back'},
			],
			default: 'participants',
		});
		switch (action) {
			case 'participants': {
				try {
					const {sessionId, participants} = await fetchParticipants(api, arn);
					out.line(`Session ${safe(sessionId ?? '—')}: ${participants.length} participant${participants.length === 1 ? '' : 's'}`);
					for (const participant of participants) {
						out.line(safe(`  ${participant.userId || '(no user ID)'}  ${participant.participantId ?? ''}  ${participant.state ?? ''}${participant.published ? ' publishing' : ''}`));
					}
				} catch (error) {
					out.error(errorLine(error, 'ListParticipants'));
				}

				break;
			}

			case 'token': {
				const item = itemTarget(participantsField, {});
				await askFields(participantsField.itemFields, item, asker);
				try {
					const token = await api.createParticipantToken({stageArn: arn, ...(item.get() as ParticipantTokenConfiguration)});
					out.success(`Token for ${safe(token.userId || token.participantId || 'a participant')} (participant ${safe(token.participantId ?? '')}):`);
					// The token is the user's to keep: printed whole, once, to be copied.
					out.line(token.token ?? '');
				} catch (error) {
					out.error(`CreateParticipantToken failed: ${errorLine(error, 'CreateParticipantToken')}`);
				}

				break;
			}

			case 'copy': {
				try {
					await copy(arn);
					out.success(`Copied ${safe(arn)}`);
				} catch (error) {
					out.error(`Could not copy the ARN: ${safe((error as Error).message)}`);
				}

				break;
			}

			case 'delete': {
				if (await prompts.confirm({message: `Delete stage ${label}?`, default: false})) {
					try {
						await api.deleteStage(arn);
						out.success(`Deleted stage ${label}`);
						return;
					} catch (error) {
						out.error(`DeleteStage failed: ${errorLine(error, 'DeleteStage')}`);
					}
				}

				break;
			}

			case 'back': {
				return;
			}
		}
	}
}
