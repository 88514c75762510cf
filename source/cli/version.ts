import {createRequire} from 'node:module';

const require = createRequire(import.meta.url);
const packageJson = require('../../package.json') as {version: string};

export const packageVersion = packageJson.version;

/** Mirrors `aws --version`: tool/version runtime/version platform. */
export function versionLine(): string {
	return `ivs-stage-wizard/${packageVersion} Node/${process.versions.node} ${process.platform}/${process.arch}`;
}
