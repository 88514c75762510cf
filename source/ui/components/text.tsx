// Ink's Text, taking a colour that may be absent. The theme has no colours under --color off
// (../theme.tsx) and many a colour is only for one state (`over ? theme.error : undefined`), so the
// wizard hands Text "no colour" as undefined; Ink's own props do not allow that key under
// exactOptionalPropertyTypes, though Ink treats it as absent. One place leaves the key out instead.
import {Text as InkText, type TextProps as InkTextProps} from 'ink';

export type TextProps = Omit<InkTextProps, 'color'> & {color?: InkTextProps['color'] | undefined};

export function Text({color, ...style}: TextProps) {
	return <InkText {...style} {...(color === undefined ? {} : {color})} />;
}
