// The CreateStage request and response as the SDK types them. Every mode edits or prints these;
// the type-only import keeps the SDK out of start-up for anything that merely handles a request.
import type {
	CreateStageCommandInput,
	CreateStageCommandOutput,
	ParticipantTokenConfiguration,
	AutoParticipantRecordingConfiguration,
} from '@aws-sdk/client-ivs-realtime';

export type CreateStageRequest = CreateStageCommandInput;
export type CreateStageResponse = Omit<CreateStageCommandOutput, '$metadata'>;
export type {ParticipantTokenConfiguration, AutoParticipantRecordingConfiguration};
