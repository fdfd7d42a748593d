import type { PartnerKind } from '../taxonomy/kinds';
import { KMU_ZO_V1 } from './catalogues/kmu-zo-v1';
import { ZO_KMU_V1 } from './catalogues/zo-kmu-v1';
import type { Checkpoint, CheckTemplateCode, CheckVersion, Example } from './check-types';
import { deepFreeze } from './deep-freeze';
import { templateFor } from './templates';

/** Registry key of a published version, e.g. `ZO_KMU@1`. */
export type CheckVersionKey = `${CheckTemplateCode}@${number}`;

export function checkVersionKey(template: CheckTemplateCode, version: number): CheckVersionKey {
  return `${template}@${version}`;
}

/**
 * Every published version, keyed `${template}@${version}`. Published versions are immutable
 * (deeply frozen); assessments reference the version they were filled in against, so an old
 * assessment always reads with the texts and examples it was answered with. To change a
 * catalogue, add a new version file and register it here.
 */
export const CHECK_VERSIONS: Readonly<Partial<Record<CheckVersionKey, CheckVersion>>> = deepFreeze(
  Object.fromEntries(
    [ZO_KMU_V1, KMU_ZO_V1].map((v) => [checkVersionKey(v.template.code, v.version), v]),
  ),
);

/** The published versions as a list, in registry order. */
export const PUBLISHED_CHECK_VERSIONS: readonly CheckVersion[] = deepFreeze(
  Object.values(CHECK_VERSIONS).filter((v): v is CheckVersion => v !== undefined),
);

/** The published version, or undefined when there is none with that number. */
export function checkVersion(
  template: CheckTemplateCode,
  version: number,
): CheckVersion | undefined {
  return CHECK_VERSIONS[checkVersionKey(template, version)];
}

/** The newest published version of the check an organisation of `kind` fills in. */
export function latestCheckVersion(kind: PartnerKind): CheckVersion {
  const template = templateFor(kind).code;
  let latest: CheckVersion | undefined;
  for (const candidate of PUBLISHED_CHECK_VERSIONS) {
    if (candidate.template.code === template && (!latest || candidate.version > latest.version)) {
      latest = candidate;
    }
  }
  if (!latest) throw new Error(`No published version of the check ${template}`);
  return latest;
}

interface ExampleIndex {
  readonly byCode: ReadonlyMap<string, { example: Example; checkpoint: Checkpoint }>;
}

const indexes = new WeakMap<CheckVersion, ExampleIndex>();

function exampleIndex(version: CheckVersion): ExampleIndex {
  let index = indexes.get(version);
  if (!index) {
    const byCode = new Map<string, { example: Example; checkpoint: Checkpoint }>();
    for (const checkpoint of version.checkpoints) {
      for (const example of checkpoint.examples) byCode.set(example.code, { example, checkpoint });
    }
    index = { byCode };
    indexes.set(version, index);
  }
  return index;
}

/** The example with this code in the version, or undefined. */
export function exampleByCode(version: CheckVersion, code: string): Example | undefined {
  return exampleIndex(version).byCode.get(code)?.example;
}

/** The checkpoint of the version that holds the example with this code, or undefined. */
export function checkpointOfExample(version: CheckVersion, code: string): Checkpoint | undefined {
  return exampleIndex(version).byCode.get(code)?.checkpoint;
}

/** The checkpoint with this number in the version, or undefined. */
export function checkpointByNumber(version: CheckVersion, number: number): Checkpoint | undefined {
  return version.checkpoints.find((c) => c.number === number);
}
