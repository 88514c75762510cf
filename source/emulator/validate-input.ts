// The core's validator, applied as the service applies its rules to a request. Two differences
// from validating a draft locally, both to answer exactly what the real endpoint accepts:
// - members the model does not know are ignored (AWS services skip unknown JSON members);
// - the model's ResourceArn pattern has a typo (`[a-z-]/` where `[a-z-]+/` is meant) that would
//   refuse every real ARN, so TagResource & co. are checked against the intended pattern.
import {getShape} from '../model/service-model.js';
import {validateOperationInput, type Problem} from '../stage/validate.js';

const resourceArnPattern = patternOf('ResourceArn');
const intendedResourceArn = /^arn:aws:ivs:[a-z0-9-]+:[0-9]+:[a-z-]+\/[a-zA-Z0-9-]+$/;

export function validateServiceInput(operationName: string, input: Record<string, unknown>): Problem[] {
	return validateOperationInput(operationName, input).filter(problem => {
		if (problem.rule.kind === 'unknown') {
			return false;
		}

		if (problem.rule.kind === 'pattern' && problem.rule.pattern === resourceArnPattern) {
			return !(typeof problem.value === 'string' && intendedResourceArn.test(problem.value));
		}

		return true;
	});
}

function patternOf(shapeName: string): string | undefined {
	const shape = getShape(shapeName);
	return shape.type === 'string' ? shape.pattern : undefined;
}
