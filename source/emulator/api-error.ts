// Errors the emulator answers with, as values until the HTTP edge writes them. Modeled errors
// (the model's exception shapes) carry their text in `exceptionMessage`, the member the model
// declares; the front-door errors the model does not describe (authentication, throttling, 503)
// carry it in `message`, as AWS's front door does.
import {serviceModel} from '../model/service-model.js';

export class ApiError extends Error {
	constructor(
		readonly code: string,
		readonly statusCode: number,
		message: string,
	) {
		super(message);
		this.name = 'ApiError';
	}

	/** The JSON body of the answer. */
	body(): Record<string, string> {
		// `message` is written for modeled errors too: botocore (and so the AWS CLI) and the JS SDK
		// read an error's text from `message`/`Message` only, so without it `aws` would print an empty
		// reason and the SDK's error.message would be "UnknownError".
		return isModeledError(this.code)
			? {exceptionMessage: this.message, message: this.message}
			: {message: this.message};
	}
}

export function isModeledError(code: string): boolean {
	return serviceModel.shapes[code]?.exception === true;
}

export function validationError(message: string): ApiError {
	return new ApiError('ValidationException', 400, message);
}

export function notFoundError(arnOrId: string): ApiError {
	return new ApiError('ResourceNotFoundException', 404, `Resource: ${arnOrId} not found`);
}

export function quotaError(message: string): ApiError {
	return new ApiError('ServiceQuotaExceededException', 402, message);
}

export function conflictError(message: string): ApiError {
	return new ApiError('ConflictException', 409, message);
}

export function throttlingError(): ApiError {
	return new ApiError('ThrottlingException', 429, 'Rate exceeded');
}

export function internalError(): ApiError {
	return new ApiError('InternalServerException', 500, 'Internal server error (injected by the emulator\'s faults)');
}

export function unavailableError(): ApiError {
	return new ApiError('ServiceUnavailableException', 503, 'Service Unavailable');
}

export function authError(code: string, message: string): ApiError {
	return new ApiError(code, 403, message);
}
