// The template as text. YAML through the yaml library (loaded on first use), with the notes as
// comments where they belong: how to deploy at the top, what the resource cannot hold inside
// AutoParticipantRecordingConfiguration, what to run after the deploy at the end. JSON has no
// comments, so there the notes are the Stage resource's Metadata, which CloudFormation keeps and
// ignores. JSON is indented by 2 spaces, as CloudFormation's own documentation writes templates.
// Functions are written in their long form (`{"Ref": "Stage"}`, not `!Ref`), so any YAML parser
// reads the template without CloudFormation's custom tags.
import type * as Yaml from 'yaml';
import {requirePackage} from '../basics/require-package.js';
import type {CreateStageRequest} from '../stage/request.js';
import {wrapWords} from '../wizard/text-columns.js';
import {templateFileName, type TemplateFormat} from './file-name.js';
import {asciiJson, isPrintable, stageArnOutput} from './follow-up-commands.js';
import {stageLogicalId, stageTemplate, type StageTemplate, type TemplateNotes} from './stage-template.js';
import {safeStringTags} from './yaml-strings.js';

/** The key of the resource's Metadata that holds the notes (JSON only). */
export const metadataKey = 'IvsStageWizard';

const commentWidth = 96;

export type RenderOptions = {
	format: TemplateFormat;
	/** The file the template goes to, for the deploy line; `<stage name>.template.<format>` unless given. */
	fileName?: string;
};

/** The template for a request that passed validation, as the text of a file. */
export function renderTemplate(request: Readonly<CreateStageRequest>, options: RenderOptions): string {
	const template = stageTemplate(request, {fileName: options.fileName ?? templateFileName(request.name, options.format)});
	return options.format === 'json' ? renderJson(template) : renderYaml(template, request.name);
}

const tokensSentence = 'Participant tokens are not a CloudFormation resource: each is a short-lived secret for a stage that exists.';

function afterDeploySentence(notes: TemplateNotes): string {
	const steps = [
		`STAGE_ARN from the stack's ${stageArnOutput} output`,
		...(notes.unexpressed.some(item => item.needsUpdate) ? ['the recording settings CloudFormation cannot hold'] : []),
		...(notes.participantTokens > 0 ? [notes.participantTokens === 1 ? 'the participant token configured here' : `the ${notes.participantTokens} participant tokens configured here`] : []),
	];
	return `After the deploy, with the AWS CLI: ${steps.join(', then ')}.`;
}

function describeUnexpressed(notes: TemplateNotes): string[] {
	return notes.unexpressed.map(item => `Not in this template: ${item.field} = ${JSON.stringify(item.value)}. ${item.reason}.`);
}

function renderJson({body, notes}: StageTemplate): string {
	const metadata = {
		[metadataKey]: {
			Deploy: notes.deploy,
			...(notes.unexpressed.length > 0 ? {NotInTemplate: notes.unexpressed.map(({field, value, reason}) => ({Field: field, Value: value, Reason: reason}))} : {}),
			...(notes.participantTokens > 0 ? {ParticipantTokens: tokensSentence} : {}),
			...(notes.afterDeploy.length > 0 ? {AfterDeploy: {Note: afterDeploySentence(notes), Commands: notes.afterDeploy}} : {}),
		},
	};
	const stage = body.Resources[stageLogicalId];
	const document = {...body, Resources: {[stageLogicalId]: {Type: stage.Type, Metadata: metadata, Properties: stage.Properties}}};
	// JSON.stringify leaves DEL, C1 and format characters (bidi overrides, U+2028) raw: valid JSON,
	// but not text to print on a terminal or to review. As escapes they read back the same.
	return `${JSON.stringify(document, undefined, 2).replaceAll(invisibleInJson, character => unicodeEscapes(character))}\n`;
}

const invisibleInJson = /[\u007F-\u009F\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/gu;

/** Each UTF-16 unit as JSON's \uXXXX (a character beyond the BMP is two). */
function unicodeEscapes(text: string): string {
	let escaped = '';
	for (let index = 0; index < text.length; index++) {
		escaped += `\\u${text.charCodeAt(index).toString(16).padStart(4, '0')}`;
	}

	return escaped;
}

/** Comment lines: prose wrapped, commands (lines starting with two spaces) whole, to paste whole. */
function comment(paragraphs: string[]): string {
	const lines: string[] = [];
	for (const paragraph of paragraphs) {
		if (paragraph.startsWith('  ')) {
			lines.push(` ${paragraph}`);
		} else {
			lines.push(...wrapWords(paragraph, commentWidth, {breakLongWords: false}).map(line => (line === '' ? '' : ` ${line}`)));
		}
	}

	return lines.join('\n');
}

function renderYaml({body, notes}: StageTemplate, stageName: string | undefined): string {
	const yaml = requirePackage('yaml') as typeof Yaml;
	const document = new yaml.Document(body, {version: '1.1', customTags: safeStringTags(yaml)});
	const name = stageName === undefined || stageName === '' ? '' : ` ${isPrintable(stageName) ? stageName : asciiJson(stageName)}`;
	document.commentBefore = comment([`CloudFormation template for the Amazon IVS Real-Time stage${name}, from ivs-stage-wizard.`, 'Deploy it with:', `  ${notes.deploy}`]);
	if (notes.unexpressed.length > 0) {
		const recording = document.getIn(['Resources', stageLogicalId, 'Properties', 'AutoParticipantRecordingConfiguration'], true) as Yaml.YAMLMap;
		recording.comment = comment(describeUnexpressed(notes));
	}

	if (notes.afterDeploy.length > 0) {
		document.comment = comment([
			`${notes.participantTokens > 0 ? `${tokensSentence} ` : ''}${afterDeploySentence(notes)}`,
			...notes.afterDeploy.map(command => `  ${command}`),
		]);
	}

	return document.toString({lineWidth: 0});
}
