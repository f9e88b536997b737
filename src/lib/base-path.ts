/** Normalises a base path to start and end with "/" ("portfolio" → "/portfolio/"). */
export function normaliseBasePath(basePath: string): string {
  const trimmed = basePath.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
