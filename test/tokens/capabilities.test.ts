import test from 'ava';
import {shortCapabilities} from '../../source/tokens/capabilities.js';

test('capabilities in short form', t => {
	t.is(shortCapabilities(['PUBLISH', 'SUBSCRIBE']), 'pub+sub');
	t.is(shortCapabilities(['SUBSCRIBE']), 'sub');
	t.is(shortCapabilities(['PUBLISH']), 'pub');
	t.is(shortCapabilities([]), '—');
	t.is(shortCapabilities(undefined), '—');
});
