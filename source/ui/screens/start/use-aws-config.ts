import {useEffect, useState} from 'react';
import type {AwsConfig} from '../../../ivs/aws-config.js';

/** The profiles and regions of the AWS config files; undefined until read, or when unreadable. */
export function useAwsConfig(load: () => Promise<AwsConfig>): AwsConfig | undefined {
	const [config, setConfig] = useState<AwsConfig>();
	useEffect(() => {
		let live = true;
		load().then(
			loaded => {
				if (live) {
					setConfig(loaded);
				}
			},
			() => {
				// Unreadable config files leave the pickers with the defaults; the SDK will say more if it matters.
				if (live) {
					setConfig({profiles: [], regionOf: {}});
				}
			},
		);
		return () => {
			live = false;
		};
	}, [load]);
	return config;
}
