/** The tool's version, reported in every result. Keep in step with package.json (a test checks). */
export const TOOL_VERSION = '0.1.0';

/**
 * The bundle's build fingerprint, stamped into dist/ by scripts/build.mjs in place of the
 * placeholder below; '' when running from source. Caches salt with it besides the version.
 */
const BUILD_STAMP = '@@LAKEGUARD_BUILD_ID@@';

export function buildId(): string {
  return BUILD_STAMP.includes('@') ? '' : BUILD_STAMP;
}
