import type { HTMLElement } from 'node-html-parser';

/** A Content-Security-Policy as directive → sources. */
export function parsePolicy(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );
}

/** The policy a page's <meta http-equiv> carries. */
export function pagePolicy(page: HTMLElement): Record<string, string[]> {
  return parsePolicy(page.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '');
}

/** The hosts (http and https sources) a policy allows, per directive, leaving out directives that allow none. */
export function policyHosts(policy: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(policy)
      .map(([name, sources]) => [name, sources.filter((source) => /^https?:\/\//.test(source)).sort()] as const)
      .filter(([, hosts]) => hosts.length > 0),
  );
}
