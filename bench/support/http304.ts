import { createRequire } from 'node:module';

// A 304 has no body whatever its Content-Length says (RFC 9110 §6.4.1); Node's parser and browsers know it, but
// the parser autocannon uses (http-parser-js) lets a Content-Length header override that, then waits for bytes
// that never come. Drop Content-Length from 1xx/204/304 responses there, so autocannon reads them as clients do.
const requireFromAutocannon = createRequire(createRequire(import.meta.url).resolve('autocannon'));
const { HTTPParser } = requireFromAutocannon('http-parser-js') as {
  HTTPParser: { prototype: { parseHeader(line: string, headers: string[]): void; info?: { statusCode?: number } } };
};
const parseHeader = HTTPParser.prototype.parseHeader;
HTTPParser.prototype.parseHeader = function (this: { info?: { statusCode?: number } }, line: string, headers: string[]) {
  parseHeader.call(this, line, headers);
  const status = this.info?.statusCode ?? 0;
  if (status !== 204 && status !== 304 && (status < 100 || status > 199)) return;
  for (let i = headers.length - 2; i >= 0; i -= 2) if (headers[i]?.toLowerCase() === 'content-length') headers.splice(i, 2);
};
