// A preset's stage name may hold placeholders ("show-{date}"), expanded when the wizard starts from
// it. A preset saved from the wizard keeps the template while the name is still what it expanded
// to, so the new preset makes a fresh name each time as the old one did; a name the user edited is
// saved as typed.
import type {CreateStageRequest} from '../stage/request.js';

export type NameTemplate = {template: string; expanded: string};

/** The template behind `expanded`, when expanding it changed anything. */
export function nameTemplateOf(template: string | undefined, expanded: string | undefined): NameTemplate | undefined {
	return template !== undefined && expanded !== undefined && template !== expanded ? {template, expanded} : undefined;
}

/** The request a preset keeps: its name back to the template while the user has not changed it. */
export function withTemplateName(request: CreateStageRequest, nameTemplate: NameTemplate | undefined): CreateStageRequest {
	return nameTemplate && request.name === nameTemplate.expanded ? {...request, name: nameTemplate.template} : request;
}
