// The live table in a terminal of a chosen size that can be resized, so the 60- and 80-column
// layouts and resizes are tested as a user would see them.
import type {ReactElement} from 'react';
import {renderInk, type InkRender} from '../../../helpers/render-ink.js';

export type SizedRender = InkRender;

export function renderSized(tree: ReactElement, {columns = 80, rows = 24} = {}): SizedRender {
	return renderInk(tree, {columns, rows});
}
