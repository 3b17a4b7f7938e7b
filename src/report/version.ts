/** The tool's name and version as reports state them (kept equal to package.json by a test). */
export const TOOL_NAME = 'zan';
export const TOOL_VERSION = '0.1.0';
