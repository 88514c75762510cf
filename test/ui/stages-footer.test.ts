// The stages screen's footer keeps the way out (q quit) at 60 columns, where the keys to its right
// are cut; at 80 every main key fits.
import test from 'ava';
import {footerEntries} from '../../source/ui/keys/keybindings.js';

const footerKeys = (width: number) => footerEntries('stages', width).map(entry => `${entry.keys} ${entry.footer}`);

test('the stages footer keeps q quit at 60 columns, and every main key at 80', t => {
	t.true(footerKeys(60).includes('q quit'), footerKeys(60).join(' · '));
	for (const key of ['↑/↓ select', 'Enter open', 'q quit', '/ filter', 'a add', 'd delete', 'c copy']) {
		t.true(footerKeys(80).includes(key), key);
	}
});
