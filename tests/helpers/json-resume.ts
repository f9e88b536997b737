import resumeSchema from '@jsonresume/schema';

/** The problems the official JSON Resume validator finds in a resume; empty when it is valid. */
export function jsonResumeErrors(resume: unknown): string[] {
  let errors: string[] = [];
  resumeSchema.validate(resume, (found) => {
    errors = (found ?? []).map((error) => error.stack);
  });
  return errors;
}

/** Every text, number and boolean in a JSON value, by its path (`work[0].startDate`). */
export function leaves(value: unknown, path = ''): Map<string, unknown> {
  if (Array.isArray(value)) return new Map(value.flatMap((item, index) => [...leaves(item, `${path}[${index}]`)]));
  if (typeof value === 'object' && value !== null) {
    return new Map(Object.entries(value).flatMap(([key, item]) => [...leaves(item, path ? `${path}.${key}` : key)]));
  }
  return new Map([[path, value]]);
}
