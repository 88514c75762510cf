// A list of items with its "add" and closing lines under them, windowed to the height it has, the
// selected line marked with ›. Each list draws its own items; the rest is the same everywhere.
import {type ReactNode} from 'react';
import {Text} from '../text.js';
import {useTheme} from '../../theme.js';
import {listWindow} from '../list-window.js';

export type ActionLine = {id: string; label: string};

export type ItemListProps<Item> = {
	items: Item[];
	/** After the items: "add" (drawn in the accent colour), then the closing line. */
	actions: [add: ActionLine, close: ActionLine];
	cursor: number;
	/** Lines for the list, the "↑ n more" and "↓ n more" markers included. */
	height: number;
	renderItem: (item: Item, index: number, marker: ReactNode, selected: boolean) => ReactNode;
};

export function ItemList<Item>({items, actions, cursor, height, renderItem}: ItemListProps<Item>) {
	const theme = useTheme();
	const window = listWindow(items.length + actions.length, cursor, height);
	const lines = [];
	for (let index = window.start; index < window.end; index++) {
		const selected = index === cursor;
		const marker = <Text color={theme.accent}>{selected ? '› ' : '  '}</Text>;
		const action = index >= items.length ? actions[index - items.length] : undefined;
		lines.push(
			action ? (
				<Text key={action.id} wrap="truncate-end" bold={selected} color={action === actions[0] ? theme.accent : undefined}>
					{marker}
					{action.label}
				</Text>
			) : (
				renderItem(items[index]!, index, marker, selected)
			),
		);
	}

	return (
		<>
			{window.above > 0 ? <Text color={theme.muted}>  ↑ {window.above} more</Text> : null}
			{lines}
			{window.below > 0 ? <Text color={theme.muted}>  ↓ {window.below} more</Text> : null}
		</>
	);
}
