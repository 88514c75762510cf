// The create step of run, through the path that never makes a duplicate when an answer is lost
// (wizard/flows/create-one-stage.ts). A failure becomes the AWS CLI's own error line (exit 254
// for the service's refusals); a failure that leaves a stage possibly made says so, with what to
// check, since run cannot delete a stage it cannot name.
import {CliError, exitCodes} from '../errors.js';
import type {IvsApi} from '../ivs/ivs-api.js';
import {toCliError} from '../ivs/service-errors.js';
import {safeText} from '../output/safe-text.js';
import type {CreateStageRequest} from '../stage/request.js';
import {describeError} from '../wizard/describe-error.js';
import {createOneStage} from '../wizard/flows/create-one-stage.js';
import {adoptionNotice} from '../wizard/flows/create-stage.js';
import type {Created} from './run-around-stages.js';

export type CreateContext = {
	/** For the AWS CLI's connection error line, which names the endpoint. */
	endpoint: string | undefined;
	stderr: NodeJS.WritableStream;
};

export async function createStages(api: IvsApi, request: CreateStageRequest, context: CreateContext): Promise<Created> {
	// The last error CreateStage threw, to word a plain failure exactly as the AWS CLI does.
	let lastError: unknown;
	const watched: IvsApi = {
		...api,
		async createStage(...call) {
			try {
				return await api.createStage(...call);
			} catch (error) {
				lastError = error;
				throw error;
			}
		},
	};
	const result = await createOneStage(watched, request);
	if (result.ok) {
		if (result.adopted) {
			context.stderr.write(`${safeText(adoptionNotice(result.adopted))}\n`);
		}

		return {responses: [result.response], batch: false};
	}

	return {responses: [], batch: false, failure: failureOf(result, lastError, context.endpoint)};
}

/** The AWS CLI's line when the result is CreateStage's own error; the flow's fuller words otherwise. */
function failureOf(result: {code: string; message: string}, lastError: unknown, endpoint: string | undefined): CliError {
	if (lastError !== undefined && describeError(lastError, 'CreateStage').message === result.message) {
		return toCliError(lastError, 'CreateStage', endpoint);
	}

	return new CliError(`${result.code}: ${result.message}`, exitCodes.service);
}
