import packageJson from '../../package.json' with {type: 'json'};

export const packageVersion = packageJson.version;

/** Mirrors `aws --version`: tool/version runtime/version platform. */
export function versionLine(): string {
	return `ivs-stage-wizard/${packageVersion} Node/${process.versions.node} ${process.platform}/${process.arch}`;
}
