import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {benchWizard} from './bench-wizard.js';
const summarise = (samples: number[]) => { const s=[...samples].sort((a,b)=>a-b); return {median: s[Math.floor(s.length/2)]!, p90: s[Math.floor(0.9*s.length)]!, min: s[0]!, runs: s.length}; };
async function timeInterleaved<T>(runs: T[], count: number, once: (run: T) => Promise<number>) { for (const r of runs) await once(r); const out = runs.map((): number[] => []); for (let i=0;i<count;i++) for (const [w,r] of runs.entries()) out[w]!.push(await once(r)); return out.map(summarise); }
await benchWizard({cli: path.resolve('dist/cli.js'), floorFolder: mkdtempSync(path.join(tmpdir(), 'fl-')), runs: 5, findAwsCliV2: () => undefined, summarise, timeInterleaved});
