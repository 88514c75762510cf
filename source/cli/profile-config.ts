// The few settings the AWS CLI itself (not the SDK) reads from the profile: output and cli_pager.
import {loadSharedConfigFiles} from '@smithy/core/config';

export type ProfileCliSettings = {output?: string; cliPager?: string};

export async function loadProfileCliSettings(profile: string | undefined, env: NodeJS.ProcessEnv): Promise<ProfileCliSettings> {
	try {
		const {configFile} = await loadSharedConfigFiles({
			...(env.AWS_CONFIG_FILE ? {configFilepath: env.AWS_CONFIG_FILE} : {}),
			...(env.AWS_SHARED_CREDENTIALS_FILE ? {filepath: env.AWS_SHARED_CREDENTIALS_FILE} : {}),
		});
		const section = configFile[profile ?? env.AWS_PROFILE ?? 'default'] ?? {};
		return {
			...(section.output ? {output: section.output} : {}),
			...(section.cli_pager === undefined ? {} : {cliPager: section.cli_pager}),
		};
	} catch {
		return {};
	}
}
