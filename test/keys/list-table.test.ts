// `keys list` at a terminal: one row a key, columns measured, the ARN cut to the width.
import test from 'ava';
import {keysTable} from '../../source/commands/keys/list-table.js';

const entry = {name: 'laptop', arn: 'arn:aws:ivs:us-west-2:123456789012:public-key/AbCdEf123456', region: 'us-west-2', createdAt: '2026-12-07T08:15:02.113Z'};

test('a row a key under a header, the time to the minute', t => {
	t.is(keysTable([entry, {...entry, name: 'ci', region: 'eu-west-1'}], {width: 120}), [
		'NAME    REGION     CREATED           PUBLIC KEY ARN',
		'laptop  us-west-2  2026-12-07 08:15  arn:aws:ivs:us-west-2:123456789012:public-key/AbCdEf123456',
		'ci      eu-west-1  2026-12-07 08:15  arn:aws:ivs:us-west-2:123456789012:public-key/AbCdEf123456',
		'',
	].join('\n'));
});

test('the ARN is cut to what the width leaves; none yet says how to make one', t => {
	const [, row] = keysTable([entry], {width: 60}).split('\n');
	t.true(row!.length <= 60, row);
	t.true(row!.startsWith('laptop  us-west-2  2026-12-07 08:15  arn:aws:ivs:'));
	t.is(keysTable([], {width: 80}), 'No keys yet. Make one: ivs-stage-wizard keys create [NAME]\n');
});
