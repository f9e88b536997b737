// Types for @jsonresume/schema, which ships none: a CommonJS module exporting a validator.
declare module '@jsonresume/schema' {
  /** One problem the validator found; `stack` reads like "instance.basics.email does not conform…". */
  interface ValidationError {
    stack: string;
  }
  const resumeSchema: {
    /** Validates a resume against the JSON Resume schema and calls back at once with the errors (or null). */
    validate(resume: unknown, callback: (errors: ValidationError[] | null, valid: boolean) => void): void;
  };
  export default resumeSchema;
}
