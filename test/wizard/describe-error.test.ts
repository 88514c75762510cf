import test from 'ava';
import {IVSRealTimeServiceException} from '@aws-sdk/client-ivs-realtime';
import {errorLine} from '../../source/core/describe-error.js';

test('a service error: its code and message', t => {
	const error = new IVSRealTimeServiceException({name: 'ThrottlingException', $fault: 'client', $metadata: {httpStatusCode: 429}, message: 'Rate exceeded'});
	t.is(errorLine(error, 'ListParticipants'), 'ThrottlingException: Rate exceeded');
});

test('no connection: the AWS CLI wording and the system code', t => {
	const error = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), {code: 'ECONNREFUSED'});
	t.is(errorLine(error, 'ListParticipants'), 'Could not connect to the endpoint URL: the endpoint (ECONNREFUSED)');
});

test('control characters in a message are neutralised, and only its first line is kept', t => {
	const error = new IVSRealTimeServiceException({name: 'ValidationException', $fault: 'client', $metadata: {httpStatusCode: 400}, message: 'bad \u001B[2J value\nsecond line'});
	const text = errorLine(error, 'CreateParticipantToken');
	t.false(text.includes('\u001B'));
	t.false(text.includes('second line'));
});
