export const presetsUsage = [
	'usage: ivs-stage-wizard presets list [--output json|yaml|table|text]',
	'       ivs-stage-wizard presets show NAME [--output json|yaml|table|text]',
	'       ivs-stage-wizard presets save NAME [--description TEXT] [--force] [create-stage options]',
	'       ivs-stage-wizard presets delete NAME [--yes]',
	'       ivs-stage-wizard presets rename OLD NEW',
	'       ivs-stage-wizard presets export [NAME ...] [--file FILE] [--force]',
	'       ivs-stage-wizard presets import FILE [--force]',
].join('\n');
