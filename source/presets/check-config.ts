// What a config file breaks of its JSON Schema (schema.ts), one `/json/pointer: rule` line per
// violation, checked by the code ajv generated from that schema (config-validator.generated.ts).
import {validateConfigFile} from './config-validator.generated.js';

/** None means valid. */
export function configSchemaProblems(data: unknown): string[] {
	if (validateConfigFile(data)) {
		return [];
	}

	// A `propertyNames` error only repeats, without the rule, the one reported for the name itself.
	return (validateConfigFile.errors ?? []).filter(({keyword}) => keyword !== 'propertyNames').map(({instancePath, params, message, propertyName}) => {
		// A rule about a key (a name that breaks the pattern, a property not allowed) names the key too.
		const additional = (params as {additionalProperty?: string}).additionalProperty;
		const key = propertyName ?? additional;
		const where = key === undefined ? instancePath : `${instancePath}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}${propertyName === undefined ? '' : ' (name)'}`;
		const allowed = (params as {allowedValues?: unknown[]}).allowedValues;
		const rule = additional === undefined ? (allowed ? `must be one of ${allowed.join(', ')}` : message) : 'is not an allowed property';
		return `${where || '/'}: ${rule}`;
	});
}
