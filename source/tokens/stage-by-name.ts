// `token --stage-arn NAME`: a stage named rather than given by ARN, found with ListStages in the
// region the call goes to. Only a name that picks exactly one stage is taken; none, or several of
// that name (names need not be unique), is one line (252) saying which.
import {CliError, UsageError} from '../basics/errors.js';
import type {ClientSettings} from '../ivs/client-settings.js';
import type {IvsApi} from '../ivs/ivs-api.js';
import {toCliError} from '../ivs/service-errors.js';
import {neutraliseControlCharacters} from '../basics/control-characters.js';

const stageNamePattern = /^[a-zA-Z\d_-]{1,128}$/;
/** Far beyond the stages a region may hold (its quota is in the hundreds). */
const maxPages = 50;

/** The name --stage-arn gives when it is no ARN; undefined for an ARN (checked as one later). */
export function stageNameIn(value: string | undefined): string | undefined {
	if (value === undefined || value.startsWith('arn:')) {
		return undefined;
	}

	if (!stageNamePattern.test(value)) {
		throw new UsageError(`--stage-arn: ${JSON.stringify(neutraliseControlCharacters(value.slice(0, 60)))} is neither a stage ARN nor a stage name (1 to 128 of a-z A-Z 0-9 - _)`);
	}

	return value;
}

export async function stageArnNamed(name: string, ivs: IvsApi, settings: ClientSettings): Promise<string> {
	const found: string[] = [];
	let nextToken: string | undefined;
	try {
		for (let page = 0; page < maxPages; page++) {
			// each page needs the last one's token
			const answer = await ivs.listStages({maxResults: 100, ...(nextToken ? {nextToken} : {})});
			found.push(...answer.stages.filter(stage => stage.name === name && typeof stage.arn === 'string').map(stage => stage.arn!));
			nextToken = answer.nextToken;
			if (!nextToken) {
				break;
			}
		}
	} catch (error) {
		throw error instanceof CliError ? error : toCliError(error, 'ListStages', settings.endpointUrl);
	}

	const region = await ivs.region();
	if (found.length === 0) {
		throw new UsageError(`No stage named "${name}" in ${region}; give its ARN, or --region where it is`);
	}

	if (found.length > 1) {
		throw new UsageError(`${found.length} stages are named "${name}" in ${region}; give the ARN of one (${found.slice(0, 3).map(arn => neutraliseControlCharacters(arn)).join(', ')}${found.length > 3 ? ', …' : ''})`);
	}

	return found[0]!;
}
