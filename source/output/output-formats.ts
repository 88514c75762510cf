// The --output formats, defined once: the parser's choices, the formatter's switch, a preset's
// saved default and every message that lists them come from here. In the order AWS CLI v2's
// argparse lists its choices, which its "valid choices" message shows. No imports, so the command
// line parser can load it for nothing.
export const outputFormats = ['json', 'text', 'table', 'yaml', 'yaml-stream', 'off'] as const;
export type OutputFormat = (typeof outputFormats)[number];

export function isOutputFormat(value: string): value is OutputFormat {
	return (outputFormats as readonly string[]).includes(value);
}
