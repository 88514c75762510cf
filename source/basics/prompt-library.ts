// The @inquirer/prompts that line mode and `presets delete` use, named: the bundle keeps these and
// leaves out the rest (the editor prompt alone would add half a megabyte of character encodings).
// Always imported with import(), so the non-interactive path never loads a prompt.
export {checkbox, confirm, input, number, select} from '@inquirer/prompts';
