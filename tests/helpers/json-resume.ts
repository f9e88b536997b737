import resumeSchema from '@jsonresume/schema';

/** The problems the official JSON Resume validator finds in a resume; empty when it is valid. */
export function jsonResumeErrors(resume: unknown): string[] {
  let errors: string[] = [];
  resumeSchema.validate(resume, (found) => {
    errors = (found ?? []).map((error) => error.stack);
  });
  return errors;
}
