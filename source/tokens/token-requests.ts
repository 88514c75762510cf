// What `token` is asked to make, as CreateParticipantToken requests, every one checked before
// anything is sent: one from the options, or with --preset one per participant configuration of
// that preset (its userId, capabilities, duration and attributes), for the stage --stage-arn names.
import type {CreateParticipantTokenRequest} from '@aws-sdk/client-ivs-realtime';
import type {CliIo} from '../cli/io.js';
import {UsageError} from '../basics/errors.js';
import {openPresetStore} from '../presets/store.js';
import {checkedTokenRequest, participantFromWords, type TokenWords} from './token-request.js';

export type TokenRequestOptions = TokenWords & {preset?: string};

const participantOptions = [['userId', '--user-id'], ['capabilities', '--capabilities'], ['duration', '--duration'], ['attributes', '--attributes']] as const;

export function tokenRequests(options: TokenRequestOptions, io: CliIo): CreateParticipantTokenRequest[] {
	if (options.stageArn === undefined) {
		throw new UsageError('token needs --stage-arn ARN: the stage the token is for (ivs-stage-wizard token --help)');
	}

	if (options.preset === undefined) {
		return [checkedTokenRequest({stageArn: options.stageArn, ...participantFromWords(options, io.env)})];
	}

	const given = participantOptions.find(([member]) => options[member] !== undefined);
	if (given) {
		throw new UsageError(`${given[1]} is not taken with --preset: the preset's participants say who the tokens are for`);
	}

	// Checked first, so a bad ARN is named as such rather than once per participant.
	checkedTokenRequest({stageArn: options.stageArn});
	const now = io.now ?? (() => new Date());
	const preset = openPresetStore({env: io.env, now}).requirePreset(options.preset);
	const participants = preset.request.participantTokenConfigurations ?? [];
	if (participants.length === 0) {
		throw new UsageError(`The preset "${options.preset}" has no participants: nothing to make tokens for`);
	}

	return participants.map((participant, index) =>
		checkedTokenRequest({stageArn: options.stageArn, ...participant}, `preset "${options.preset}" participant ${index + 1}: `));
}
