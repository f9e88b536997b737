import { SaxesParser } from 'saxes';

/**
 * `true` when a text is well-formed XML (namespaces checked), else the first error. saxes is a strict,
 * conforming parser; fast-xml-parser's own validator is deprecated.
 */
export function wellFormedXml(text: string): true | string {
  const parser = new SaxesParser({ xmlns: true });
  let failure: string | undefined;
  parser.on('error', (error) => {
    failure ??= error.message;
  });
  parser.write(text).close();
  return failure ?? true;
}
